package ch.partnerportal.tenancy.teams.boundary;

import ch.partnerportal.kernel.Notice;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.control.Callers;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TeamView;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.organizations.control.NoticeTexts;
import ch.partnerportal.tenancy.organizations.control.OrganizationStore;
import ch.partnerportal.tenancy.organizations.entity.Membership;
import ch.partnerportal.tenancy.teams.entity.Team;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ORG-8: work teams. Every member sees the teams; legal representatives and administrators make,
 * rename, delete and fill them. Each change tells the members it concerns, as a role change does (ORG-9).
 */
@Stateless
public class Teams {

    public static final int MOST = 200;

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    OrganizationStore store;

    @Inject
    Clock clock;

    @Inject
    Event<Notice> notices;

    @Inject
    @ConfigProperty(name = "portal.console.url", defaultValue = "http://localhost:9080/console")
    String consoleUrl;

    public List<TeamView> list(String organizationId) throws Refusal {
        store.roleOf(organizationId, caller());
        return em.createQuery("select t from Team t where t.organizationId = :organization order by t.name, t.id",
                        Team.class)
                .setParameter("organization", organizationId).setMaxResults(MOST).getResultStream()
                .map(Team::view).toList();
    }

    public TeamView create(String organizationId, String name, Set<ProductAccess> permissions) throws Refusal {
        manager(organizationId);
        Team team = Team.founded(organizationId, name, permissions, clock.instant());
        requireFreeName(organizationId, team.name(), null);
        em.persist(team);
        return team.view();
    }

    /** Renames, or grants other permissions (its members are told), or both. */
    public TeamView change(String organizationId, String teamId, String name, Set<ProductAccess> permissions)
            throws Refusal {
        Account caller = manager(organizationId);
        Team team = team(organizationId, teamId);
        if (name != null) {
            team.rename(name);
            requireFreeName(organizationId, team.name(), team.id());
        }
        if (permissions != null && team.grant(permissions)) {
            tell("team-changed", team, team.members(), caller);
        }
        return team.view();
    }

    public void delete(String organizationId, String teamId) throws Refusal {
        Account caller = manager(organizationId);
        Team team = team(organizationId, teamId);
        tell("team-deleted", team, team.members(), caller);
        em.remove(team);
    }

    public TeamView addMember(String organizationId, String teamId, String accountId) throws Refusal {
        Account caller = manager(organizationId);
        Team team = team(organizationId, teamId);
        if (membership(organizationId, accountId).isEmpty()) {
            throw new Refusal(TenancyError.TEAM_MEMBER_UNKNOWN);
        }
        if (team.join(accountId)) {
            tell("team-joined", team, Set.of(accountId), caller);
        }
        return team.view();
    }

    public TeamView removeMember(String organizationId, String teamId, String accountId) throws Refusal {
        Account caller = manager(organizationId);
        Team team = team(organizationId, teamId);
        if (team.leave(accountId)) {
            tell("team-left", team, Set.of(accountId), caller);
        }
        return team.view();
    }

    private Account caller() throws Refusal {
        return callers.account(context.getCallerPrincipal());
    }

    private Account manager(String organizationId) throws Refusal {
        Account caller = caller();
        store.requireManager(organizationId, caller);
        return caller;
    }

    private Team team(String organizationId, String teamId) throws Refusal {
        Team team = teamId == null ? null : em.find(Team.class, teamId, LockModeType.PESSIMISTIC_WRITE);
        if (team == null || !team.organizationId().equals(organizationId)) {
            throw new Refusal(TenancyError.TEAM_NOT_FOUND);
        }
        return team;
    }

    private void requireFreeName(String organizationId, String name, String except) throws Refusal {
        boolean taken = em.createQuery("select t from Team t where t.organizationId = :organization "
                        + "and lower(t.name) = :name", Team.class)
                .setParameter("organization", organizationId).setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().anyMatch(t -> !t.id().equals(except));
        if (taken) {
            throw new Refusal(TenancyError.TEAM_NAME_TAKEN);
        }
    }

    private Optional<Membership> membership(String organizationId, String accountId) {
        return accountId == null ? Optional.empty() : em.createQuery("select m from Membership m "
                        + "where m.organization.id = :organization and m.account.id = :account", Membership.class)
                .setParameter("organization", organizationId).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** Tells the members concerned; what they may use changed, so the identity provider's groups follow. */
    private void tell(String kind, Team team, Set<String> accountIds, Account caller) throws Refusal {
        ch.partnerportal.tenancy.organizations.entity.Organization changed = store.find(team.organizationId());
        String organization = changed.name();
        em.flush();
        store.changed(changed);
        for (String accountId : accountIds) {
            Account member = em.find(Account.class, accountId);
            if (member != null) {
                notices.fire(NoticeTexts.team(kind, member.email(), member.locale(), organization, team.name(),
                        caller.displayName() == null ? caller.email() : caller.displayName(), team.permissions(),
                        consoleUrl));
            }
        }
    }
}
