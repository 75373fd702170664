package ch.partnerportal.services.mail.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.identity.api.LoginPasswords;
import ch.partnerportal.services.access.control.EffectiveAccess;
import ch.partnerportal.services.api.SignInAnswer;
import ch.partnerportal.services.mail.control.SignInThrottle;
import ch.partnerportal.services.mail.entity.MailLogin;
import ch.partnerportal.services.mail.entity.Mailbox;
import ch.partnerportal.services.secrets.control.PasswordHashing;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What the provider's mail servers ask when someone signs in to a mailbox (IMAP, SMTP submission,
 * webmail): is this the mailbox's password? A mailbox answers with its own password (IDN-2); a unified
 * one with its account's login password, which only the identity provider checks (IDN-3). The answer is
 * yes or no and never says which part was wrong; every question is written down (who, from where,
 * what answer), and failures are rate limited.
 *
 * <p>Its caller is the mail system's service account (the {@code mail-system} role), not a person of an
 * organization, so it asks no tenant decision: it reads only the mailbox the address names.
 */
@Stateless
@DeclareRoles("mail-system")
public class MailAuthentication {

    @Inject
    SignInThrottle throttle;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginPasswords loginPasswords;

    @Inject
    TenantAccess tenants;

    @Inject
    HeldProducts products;

    @Inject
    EffectiveAccess access;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "services")
    EntityManager em;

    /**
     * @param client the address the person signing in connects from, as the mail server saw it
     * @return THROTTLED after too many failures for this address or client (an answer, not a refusal:
     * the audit row of the attempt is kept)
     */
    @RolesAllowed("mail-system")
    public SignInAnswer authenticate(String address, String password, String client) {
        String normalized = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        if (!throttle.allows(normalized, client)) {
            em.persist(MailLogin.of(null, normalized, client, MailLogin.Outcome.THROTTLED, clock.instant()));
            return SignInAnswer.THROTTLED;
        }
        Optional<Mailbox> found = em.createNamedQuery("Mailbox.byAddress", Mailbox.class)
                .setParameter("address", normalized).getResultStream().findFirst();
        MailLogin.Outcome outcome = found.map(mailbox -> check(mailbox, password == null ? "" : password))
                .orElseGet(() -> {
                    hashing.matchNothing(password == null ? "" : password);
                    return MailLogin.Outcome.UNKNOWN;
                });
        em.persist(MailLogin.of(found.orElse(null), normalized, client, outcome, clock.instant()));
        boolean accepted = outcome == MailLogin.Outcome.ACCEPTED
                || outcome == MailLogin.Outcome.ACCEPTED_WITH_LOGIN_PASSWORD;
        if (!accepted) {
            throttle.failed(normalized, client);
        }
        return accepted ? SignInAnswer.ACCEPTED : SignInAnswer.REFUSED;
    }

    private MailLogin.Outcome check(Mailbox mailbox, String password) {
        Optional<HeldProduct> service = products.find(mailbox.organizationId(), mailbox.productId());
        if (service.isEmpty() || service.get().state() != HeldProduct.State.ACTIVE) {
            return MailLogin.Outcome.PRODUCT_UNAVAILABLE;
        }
        if (mailbox.unifiedAccountId().isPresent()) {
            // the account must still be a member whose login ID is this address, and still its only reader
            // (a team that reads it may have gained members since)
            Optional<MemberRights> account = tenants.member(mailbox.organizationId(), mailbox.unifiedAccountId().get());
            return account.isPresent() && account.get().loginId().equals(mailbox.address())
                    && access.readersOf(mailbox).equals(java.util.Set.of(account.get().accountId()))
                    && loginPasswords.matches(account.get().loginId(), password)
                    ? MailLogin.Outcome.ACCEPTED_WITH_LOGIN_PASSWORD : MailLogin.Outcome.REFUSED;
        }
        return mailbox.passwordHash().isPresent() && hashing.matches(password, mailbox.passwordHash().get())
                ? MailLogin.Outcome.ACCEPTED : MailLogin.Outcome.REFUSED;
    }
}
