package ch.partnerportal.tenancy.organizations.boundary;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.control.Callers;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import ch.partnerportal.tenancy.organizations.control.OrganizationStore;
import ch.partnerportal.tenancy.organizations.entity.Membership;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** The caller's permission on one kind of product of an organization, read from the portal's database. */
@Stateless
@Local(TenantAccess.class)
public class ProductAccessChecks implements TenantAccess {

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    OrganizationStore store;

    @Override
    public TenantProfile require(String organizationId, ProductAccess access, ProductAction action) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        OrganizationView organization = store.view(organizationId, caller);
        Membership membership = em.createQuery("select m from Membership m "
                        + "where m.organization.id = :organization and m.account.id = :account", Membership.class)
                .setParameter("organization", organizationId)
                .setParameter("account", caller.id())
                .getSingleResult();
        // a member holding a kind's permission may see, change and read the statistics of it (ORG-4)
        if (!membership.may(access)) {
            throw new Refusal(TenancyError.PRODUCT_ACCESS_REQUIRED, access.slug());
        }
        return new TenantProfile(organization.id(), organization.name(), organization.street(),
                organization.postalCode(), organization.city(), organization.country(), organization.vatNumber());
    }

    @Override
    public MemberRights caller(String organizationId) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        store.view(organizationId, caller);
        return member(organizationId, caller.id()).orElseThrow(() -> new Refusal(TenancyError.ORGANIZATION_NOT_FOUND));
    }

    @Override
    public Optional<MemberRights> member(String organizationId, String accountId) {
        return em.createQuery("select m from Membership m "
                        + "where m.organization.id = :organization and m.account.id = :account", Membership.class)
                .setParameter("organization", organizationId)
                .setParameter("account", accountId)
                .getResultStream().findFirst().map(Membership::rights);
    }

    @Override
    public Optional<MemberRights> memberByLoginId(String organizationId, String loginId) {
        String email;
        try {
            email = Account.normalizeEmail(loginId);
        } catch (Refusal notAnAddress) {
            return Optional.empty();
        }
        return em.createQuery("select m from Membership m "
                        + "where m.organization.id = :organization and m.account.email = :email", Membership.class)
                .setParameter("organization", organizationId)
                .setParameter("email", email)
                .getResultStream().findFirst().map(Membership::rights);
    }
}
