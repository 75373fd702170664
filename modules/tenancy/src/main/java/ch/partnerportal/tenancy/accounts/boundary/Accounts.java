package ch.partnerportal.tenancy.accounts.boundary;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.control.AccountRegistration;
import ch.partnerportal.tenancy.accounts.control.Callers;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.AccountView;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.organizations.control.OrganizationStore;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** The signed-in person: first sign-in (ORG-1) and the organizations they can switch between (ORG-2). */
@Stateless
public class Accounts {

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    AccountRegistration registration;

    @Inject
    Callers callers;

    @Inject
    OrganizationStore organizations;

    @Inject
    Clock clock;

    /**
     * Called on every sign-in. A person seen for the first time, or left without any organization,
     * gets an organization named after them with them as legal representative (ORG-1). Someone who
     * arrives through an invitation link accepts it instead (see {@code Invitations#accept}).
     */
    public AccountView signIn(String displayName, String language) throws Refusal {
        Account account = ensureAccount(displayName, language);
        if (memberships(account) == 0) {
            // ORG-1 once: concurrent first requests wait here and then see the organization founded
            em.lock(account, LockModeType.PESSIMISTIC_WRITE);
            if (memberships(account) == 0) {
                organizations.add(Organization.foundedBy(account, "CH", clock.instant()));
            }
        }
        return account.view();
    }

    /** The account of the caller, created without an organization of its own if it is new. */
    public Account ensureAccount(String displayName, String language) throws Refusal {
        String email = Callers.loginId(context.getCallerPrincipal());
        Optional<Account> existing = callers.byEmail(email);
        if (existing.isEmpty()) {
            try {
                registration.register(email, displayName, language);
            } catch (EJBException registeredMeanwhile) {
                // another first request of the same person registered it a moment ago
            }
            existing = callers.byEmail(email);
        }
        Account account = existing.orElseThrow(() -> new IllegalStateException("No account for " + email));
        account.refresh(displayName);
        return account;
    }

    public AccountView me() throws Refusal {
        return callers.account(context.getCallerPrincipal()).view();
    }

    public AccountView preferLanguage(String language) throws Refusal {
        Account account = callers.account(context.getCallerPrincipal());
        account.preferLanguage(language);
        return account.view();
    }

    /** ORG-2: every organization the caller belongs to, for the switcher; two queries whatever the sizes. */
    public List<OrganizationView> organizations() throws Refusal {
        Account account = callers.account(context.getCallerPrincipal());
        List<Object[]> rows = em.createQuery("select m.organization, m.role from Membership m "
                        + "where m.account.id = :account", Object[].class)
                .setParameter("account", account.id())
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select m.organization.id, count(m) from Membership m where m.organization.id in :ids "
                        + "group by m.organization.id", Object[].class)
                .setParameter("ids", rows.stream().map(r -> ((Organization) r[0]).id()).toList())
                .getResultList()
                .forEach(r -> counts.put((String) r[0], (Long) r[1]));
        List<OrganizationView> views = new ArrayList<>();
        for (Object[] row : rows) {
            Organization organization = (Organization) row[0];
            views.add(organization.viewAs((Role) row[1], counts.getOrDefault(organization.id(), 0L)));
        }
        views.sort(Comparator.comparing(OrganizationView::name, String.CASE_INSENSITIVE_ORDER));
        return views;
    }

    private long memberships(Account account) {
        return em.createQuery("select count(m) from Membership m where m.account.id = :account", Long.class)
                .setParameter("account", account.id())
                .getSingleResult();
    }
}
