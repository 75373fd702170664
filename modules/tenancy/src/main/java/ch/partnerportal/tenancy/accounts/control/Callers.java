package ch.partnerportal.tenancy.accounts.control;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.TenancyError;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.util.Optional;

/**
 * Resolves the container's authenticated caller to its account. The login ID (the identity
 * provider's username) is the account's e-mail address.
 */
@Dependent
public class Callers {

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    public Account account(Principal principal) throws Refusal {
        return byEmail(loginId(principal)).orElseThrow(() -> new Refusal(TenancyError.NOT_SIGNED_IN));
    }

    public static String loginId(Principal principal) throws Refusal {
        if (principal == null || principal.getName() == null || "UNAUTHENTICATED".equals(principal.getName())) {
            throw new Refusal(TenancyError.NOT_SIGNED_IN);
        }
        return Account.normalizeEmail(principal.getName());
    }
}
