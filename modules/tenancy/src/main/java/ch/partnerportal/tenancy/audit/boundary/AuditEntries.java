package ch.partnerportal.tenancy.audit.boundary;

import ch.partnerportal.tenancy.api.AuditRecords;
import ch.partnerportal.tenancy.audit.entity.AuditEntry;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;

/** Writes the entries others' actions leave in an organization's audit trail, in the caller's transaction. */
@Stateless
@Local(AuditRecords.class)
public class AuditEntries implements AuditRecords {

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public void partner(String organizationId, String loginId, String partnerOrganizationId, String action,
                        String subject, String detail) {
        partner(organizationId, loginId, partnerOrganizationId, action, subject, detail, null, null);
    }

    /** The partner's name as it is at that moment: the trail keeps who acted then. */
    @Override
    public void partner(String organizationId, String loginId, String partnerOrganizationId, String action,
                        String subject, String detail, String before, String after) {
        Organization partner = em.find(Organization.class, partnerOrganizationId);
        String partnerName = partner == null ? partnerOrganizationId : partner.profile().name();
        AuditEntry entry = new AuditEntry(organizationId, clock.instant(), AuditEntry.PARTNER,
                loginId + " (" + partnerName + ")", action, subject, detail);
        entry.found(before, after);
        em.persist(entry);
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(new Latest(organizationId), entry);
        }
    }

    /** The latest partner entry of this transaction, on one organization. */
    private record Latest(String organizationId) {
    }

    @Override
    public void found(String organizationId, String before, String after) {
        if (transactions.getTransactionKey() != null
                && transactions.getResource(new Latest(organizationId)) instanceof AuditEntry entry) {
            entry.found(before, after);
        }
    }

    @Override
    public void member(String organizationId, String loginId, String action, String subject, String detail) {
        em.persist(new AuditEntry(organizationId, clock.instant(), AuditEntry.MEMBER, loginId, action, subject, detail));
    }
}
