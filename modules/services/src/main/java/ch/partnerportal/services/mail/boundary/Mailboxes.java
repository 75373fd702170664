package ch.partnerportal.services.mail.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.kernel.Notice;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.access.control.EffectiveAccess;
import ch.partnerportal.services.api.MailboxPageView;
import ch.partnerportal.services.api.MailboxView;
import ch.partnerportal.services.api.PasswordOptions;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.mail.entity.MailAddress;
import ch.partnerportal.services.mail.entity.Mailbox;
import ch.partnerportal.services.secrets.control.PasswordHashing;
import ch.partnerportal.services.secrets.entity.PasswordPolicy;
import ch.partnerportal.services.workspaces.control.ProductWorkspaces;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.AuditRecords;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import ch.partnerportal.tenancy.api.TeamView;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The mailboxes of a mail service (the {@code mail} permission): made in domains the organization holds,
 * each with its own password (IDN-2) or unified with its one reader's login password (IDN-3).
 * Each call asks the decision point first, then opens the product.
 */
@Stateless
public class Mailboxes {

    public static final int MAX_PAGE = 100;
    public static final int MAX_MAILBOXES = 20_000;

    @Inject
    TenantAccess tenants;

    @Inject
    ProductWorkspaces workspaces;

    @Inject
    HeldProducts products;

    @Inject
    PasswordHashing hashing;

    @Inject
    EffectiveAccess access;

    @Inject
    Clock clock;

    @Inject
    Event<Notice> notices;

    @PersistenceContext(unitName = "services")
    EntityManager em;

    /** A partner's change is in the client's trail with what it found and left. */
    @Inject
    AuditRecords audit;

    /** By address; {@code search} narrows to addresses that contain it. */
    public MailboxPageView list(String organizationId, String productId, String search, int first, int size)
            throws Refusal {
        open(organizationId, productId, ProductAction.SEE);
        String like = search == null || search.isBlank() ? null
                : "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        String where = " where m.productId = :product and m.organizationId = :organization"
                + (like == null ? "" : " and m.address like :search escape '\\'");
        TypedQuery<Long> count = em.createQuery("select count(m) from Mailbox m" + where, Long.class);
        TypedQuery<Mailbox> page = em.createQuery("select m from Mailbox m" + where + " order by m.address",
                Mailbox.class);
        for (TypedQuery<?> query : List.of(count, page)) {
            query.setParameter("product", productId).setParameter("organization", organizationId);
            if (like != null) {
                query.setParameter("search", like);
            }
        }
        List<MailboxView> items = page.setFirstResult(first).setMaxResults(Math.min(Math.max(size, 1), MAX_PAGE))
                .getResultStream().map(Mailboxes::view).toList();
        return new MailboxPageView(items, count.getSingleResult());
    }

    public MailboxView get(String organizationId, String productId, String mailboxId) throws Refusal {
        open(organizationId, productId, ProductAction.SEE);
        return view(mailbox(organizationId, productId, mailboxId, false));
    }

    /** A new mailbox with its own password (IDN-2), shown to nobody again. */
    public MailboxView create(String organizationId, String productId, String address, String password)
            throws Refusal {
        HeldProduct service = open(organizationId, productId, ProductAction.CHANGE);
        MailAddress parsed = MailAddress.parse(address);
        requireOwnDomain(organizationId, parsed);
        requireFree(parsed.text());
        if (password == null) {
            throw new Refusal(ServicesError.PASSWORD_REQUIRED);
        }
        PasswordPolicy.require(password, parsed.localPart());
        long held = em.createQuery("select count(m) from Mailbox m where m.productId = :product", Long.class)
                .setParameter("product", service.id()).getSingleResult();
        if (held >= MAX_MAILBOXES) {
            throw new Refusal(ServicesError.MAILBOX_LIMIT, MAX_MAILBOXES);
        }
        Mailbox mailbox = Mailbox.opened(service.id(), organizationId, parsed, hashing.hash(password), clock.instant());
        em.persist(mailbox);
        em.flush();
        audit.found(organizationId, null, "mailbox " + mailbox.address());
        return view(mailbox);
    }

    public void delete(String organizationId, String productId, String mailboxId) throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Mailbox mailbox = mailbox(organizationId, productId, mailboxId, true);
        em.remove(mailbox);
        audit.found(organizationId, "mailbox " + mailbox.address(), null);
    }

    /** IDN-3: whether changing this mailbox's password may offer unification with a login password. */
    public PasswordOptions passwordOptions(String organizationId, String productId, String mailboxId)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Mailbox mailbox = mailbox(organizationId, productId, mailboxId, false);
        Optional<MemberRights> owner = loginOwner(organizationId, mailbox);
        boolean offered = mailbox.unificationOffered(owner.map(MemberRights::accountId), mayChange(owner),
                access.readersOf(mailbox));
        return new PasswordOptions(offered, offered ? owner.get().loginId() : null, mailbox.isUnified());
    }

    /** IDN-2: a new password of its own; the login password of any account is untouched. */
    public MailboxView changePassword(String organizationId, String productId, String mailboxId, String password)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Mailbox mailbox = mailbox(organizationId, productId, mailboxId, true);
        if (password == null) {
            throw new Refusal(ServicesError.PASSWORD_REQUIRED);
        }
        PasswordPolicy.require(password, mailbox.localPart());
        mailbox.passwordSet(hashing.hash(password), clock.instant());
        return view(mailbox);
    }

    /** IDN-3: from now on the mailbox signs in with the login password of the account that is its address. */
    public MailboxView unify(String organizationId, String productId, String mailboxId) throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Mailbox mailbox = mailbox(organizationId, productId, mailboxId, true);
        Optional<MemberRights> owner = loginOwner(organizationId, mailbox);
        mailbox.unify(owner.map(MemberRights::accountId), mayChange(owner), access.readersOf(mailbox), clock.instant());
        return view(mailbox);
    }

    /** A member who reads the mailbox; a second reader ends a unification, and its account is told. */
    public MailboxView addReader(String organizationId, String productId, String mailboxId, String accountId)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Mailbox mailbox = mailbox(organizationId, productId, mailboxId, true);
        MemberRights reader = (accountId == null ? Optional.<MemberRights>empty()
                : tenants.member(organizationId, accountId))
                .orElseThrow(() -> new Refusal(ServicesError.READER_NOT_MEMBER));
        mailbox.readBy(reader.accountId());
        unificationEnds(mailbox, reader.displayName() == null ? reader.loginId()
                : reader.displayName() + " (" + reader.loginId() + ")");
        return view(mailbox);
    }

    /** ORG-8: a team reads the mailbox; its members add up with the mailbox's own readers. */
    public MailboxView addTeamReader(String organizationId, String productId, String mailboxId, String teamId)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Mailbox mailbox = mailbox(organizationId, productId, mailboxId, true);
        TeamView team = (teamId == null ? Optional.<TeamView>empty() : tenants.team(organizationId, teamId))
                .orElseThrow(() -> new Refusal(ServicesError.TEAM_UNKNOWN));
        mailbox.readByTeam(team.id());
        unificationEnds(mailbox, team.name());
        return view(mailbox);
    }

    public MailboxView removeTeamReader(String organizationId, String productId, String mailboxId, String teamId)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Mailbox mailbox = mailbox(organizationId, productId, mailboxId, true);
        mailbox.noLongerReadByTeam(teamId);
        return view(mailbox);
    }

    /** IDN-3: someone else reads the mailbox now; the unified account is told it has ended. */
    private void unificationEnds(Mailbox mailbox, String newReader) {
        Optional<String> ended = mailbox.unificationEndsUnless(access.readersOf(mailbox));
        if (ended.isPresent()) {
            tenants.member(mailbox.organizationId(), ended.get())
                    .ifPresent(unified -> notices.fire(unificationEnded(mailbox, unified, newReader)));
        }
    }

    public MailboxView removeReader(String organizationId, String productId, String mailboxId, String accountId)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Mailbox mailbox = mailbox(organizationId, productId, mailboxId, true);
        mailbox.noLongerReadBy(accountId);
        return view(mailbox);
    }

    /** Replaces the aliases: each in a domain the organization holds, free on the platform. */
    public MailboxView aliases(String organizationId, String productId, String mailboxId, List<String> aliases)
            throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Mailbox mailbox = mailbox(organizationId, productId, mailboxId, true);
        List<String> parsed = new ArrayList<>();
        for (String alias : aliases) {
            MailAddress address = MailAddress.parse(alias);
            requireOwnDomain(organizationId, address);
            if (!mailbox.aliases().contains(address.text())) {
                requireFree(address.text());
            }
            parsed.add(address.text());
        }
        String before = aliasesOf(mailbox);
        mailbox.aliases(parsed);
        audit.found(organizationId, before, aliasesOf(mailbox));
        return view(mailbox);
    }

    /** Replaces the forwarding: any addresses, inside the platform or out. */
    public MailboxView forwarding(String organizationId, String productId, String mailboxId, List<String> addresses,
                                  boolean keepCopy) throws Refusal {
        open(organizationId, productId, ProductAction.CHANGE);
        Mailbox mailbox = mailbox(organizationId, productId, mailboxId, true);
        List<String> parsed = new ArrayList<>();
        for (String address : addresses) {
            parsed.add(MailAddress.parse(address).text());
        }
        String before = forwardingOf(mailbox);
        mailbox.forwardTo(parsed, keepCopy);
        audit.found(organizationId, before, forwardingOf(mailbox));
        return view(mailbox);
    }

    /** The aliases as a partner's change of them is kept in the client's audit trail. */
    private static String aliasesOf(Mailbox mailbox) {
        return mailbox.address() + " aliases: " + (mailbox.aliases().isEmpty() ? "none"
                : String.join(", ", mailbox.aliases().stream().sorted().toList()));
    }

    private static String forwardingOf(Mailbox mailbox) {
        return mailbox.address() + " forwards to: " + (mailbox.forwards().isEmpty() ? "none"
                : String.join(", ", mailbox.forwards()) + (mailbox.keepsCopy() ? ", keeping a copy" : ""));
    }

    private HeldProduct open(String organizationId, String productId, ProductAction action) throws Refusal {
        return workspaces.open(organizationId, productId, ProductAccess.MAIL, action);
    }

    private Mailbox mailbox(String organizationId, String productId, String mailboxId, boolean change)
            throws Refusal {
        Mailbox mailbox = mailboxId == null ? null : change
                ? em.find(Mailbox.class, mailboxId, LockModeType.PESSIMISTIC_WRITE) : em.find(Mailbox.class, mailboxId);
        if (mailbox == null || !mailbox.organizationId().equals(organizationId)
                || !mailbox.productId().equals(productId)) {
            throw new Refusal(ServicesError.MAILBOX_NOT_FOUND);
        }
        return mailbox;
    }

    private void requireOwnDomain(String organizationId, MailAddress address) throws Refusal {
        HeldProduct domain = products.domainNamed(address.domain())
                .orElseThrow(() -> new Refusal(ServicesError.DOMAIN_NOT_HELD, address.domain()));
        if (!domain.organizationId().equals(organizationId)) {
            throw new Refusal(ServicesError.DOMAIN_HELD_ELSEWHERE, address.domain());
        }
    }

    private void requireFree(String address) throws Refusal {
        boolean taken = !em.createNamedQuery("Mailbox.byAddress", Mailbox.class).setParameter("address", address)
                .setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select m.id from Mailbox m join m.aliases a where a = :address", String.class)
                .setParameter("address", address).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new Refusal(ServicesError.ADDRESS_TAKEN, address);
        }
    }

    private Optional<MemberRights> loginOwner(String organizationId, Mailbox mailbox) {
        return tenants.memberByLoginId(organizationId, mailbox.address());
    }

    private static boolean mayChange(Optional<MemberRights> owner) {
        return owner.isPresent() && owner.get().may(ProductAccess.MAIL, ProductAction.CHANGE);
    }

    private static Notice unificationEnded(Mailbox mailbox, MemberRights unified, String newReader) {
        ResourceBundle texts = ResourceBundle.getBundle("ch.partnerportal.services.messages", unified.locale(),
                Mailboxes.class.getClassLoader());
        Object[] arguments = {mailbox.address(), shown(unified), newReader};
        return new Notice(unified.loginId(),
                new MessageFormat(texts.getString("notice.unification-ended.subject"), unified.locale()).format(arguments),
                new MessageFormat(texts.getString("notice.unification-ended.body"), unified.locale()).format(arguments),
                "mailbox-unification-ended");
    }

    private static String shown(MemberRights member) {
        return member.displayName() == null || member.displayName().isBlank() ? member.loginId() : member.displayName();
    }

    static MailboxView view(Mailbox mailbox) {
        return new MailboxView(mailbox.id(), mailbox.productId(), mailbox.address(),
                mailbox.readers().stream().sorted().toList(), mailbox.teamReaders().stream().sorted().toList(),
                mailbox.aliases().stream().sorted().toList(),
                mailbox.forwards(), mailbox.keepsCopy(), mailbox.passwordHash().isPresent(), mailbox.isUnified(),
                mailbox.passwordChangedAt().orElse(null));
    }
}
