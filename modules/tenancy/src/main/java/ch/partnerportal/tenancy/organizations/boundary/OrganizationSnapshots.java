package ch.partnerportal.tenancy.organizations.boundary;

import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.OrganizationSnapshot;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import ch.partnerportal.tenancy.teams.entity.Team;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The desired state of organizations, read by the identity provider projection, and lookups for staff. */
@Stateless
@Local(OrganizationDirectory.class)
public class OrganizationSnapshots implements OrganizationDirectory {

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Override
    public OrganizationSnapshot snapshot(String organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null) {
            return OrganizationSnapshot.gone(organizationId);
        }
        // ORG-8: what a member may use includes what their teams carry
        java.util.Map<String, java.util.Set<ProductAccess>> fromTeams = new java.util.HashMap<>();
        em.createQuery("select t from Team t where t.organizationId = :organization", Team.class)
                .setParameter("organization", organizationId).getResultList()
                .forEach(team -> team.members().forEach(account -> fromTeams
                        .computeIfAbsent(account, a -> java.util.EnumSet.noneOf(ProductAccess.class))
                        .addAll(team.permissions())));
        return new OrganizationSnapshot(organization.id(), organization.name(), true,
                organization.memberships().stream()
                        .map(m -> new OrganizationSnapshot.Member(m.account().email(), m.account().displayName(),
                                m.role(), Arrays.stream(ProductAccess.values())
                                .filter(p -> m.may(p) || fromTeams.getOrDefault(m.account().id(), Set.of()).contains(p))
                                .collect(Collectors.toUnmodifiableSet())))
                        .toList());
    }

    @Override
    public List<String> allOrganizationIds() {
        return em.createQuery("select o.id from Organization o order by o.createdAt", String.class).getResultList();
    }

    @Override
    public Optional<TenantProfile> profile(String organizationId) {
        return Optional.ofNullable(organizationId).map(id -> em.find(Organization.class, id))
                .map(Organization::profile);
    }

    @Override
    public List<TenantProfile> search(String text, int max) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        // LIKE's own wildcards in the text are meant literally
        String pattern = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select distinct o from Organization o left join o.memberships m "
                        + "where lower(o.name) like :pattern escape '\\' or m.account.email = :text or o.id = :text "
                        + "order by o.name, o.id", Organization.class)
                .setParameter("pattern", pattern).setParameter("text", wanted)
                .setMaxResults(max).getResultStream().map(Organization::profile).toList();
    }
}
