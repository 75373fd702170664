package ch.partnerportal.tenancy.organizations.boundary;

import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.OrganizationSnapshot;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The desired state of organizations, read by the identity provider projection. */
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
        return new OrganizationSnapshot(organization.id(), organization.name(), true,
                organization.memberships().stream()
                        .map(m -> new OrganizationSnapshot.Member(m.account().email(), m.account().displayName(),
                                m.role()))
                        .toList());
    }

    @Override
    public List<String> allOrganizationIds() {
        return em.createQuery("select o.id from Organization o order by o.createdAt", String.class).getResultList();
    }
}
