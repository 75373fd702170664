package ch.partnerportal.services.dns.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.DnsRecordInput;
import ch.partnerportal.services.api.DnsRecordView;
import ch.partnerportal.services.api.DnsZoneView;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.api.ZoneFileText;
import ch.partnerportal.services.dns.control.ProviderNameServers;
import ch.partnerportal.services.dns.control.ZoneFile;
import ch.partnerportal.services.dns.entity.DnsRecord;
import ch.partnerportal.services.dns.entity.DnsZone;
import ch.partnerportal.services.workspaces.control.ProductWorkspaces;
import ch.partnerportal.tenancy.api.AuditRecords;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * A domain's DNS zone: its records, its name servers and its zone file. Each call opens the product
 * through {@link ProductWorkspaces}, which asks the decision point first (the {@code domains} permission).
 */
@Stateless
public class DnsZones {

    @Inject
    ProductWorkspaces workspaces;

    @Inject
    ProviderNameServers providerNameServers;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "services")
    EntityManager em;

    /** A partner's change is in the client's trail with the record before and after. */
    @Inject
    AuditRecords audit;

    public DnsZoneView zone(String organizationId, String productId) throws Refusal {
        return zone(organizationId, productId, ProductAction.SEE, false).view(providerNameServers.hosts());
    }

    /** The zone in the master-file format, to import into another name server or keep. */
    public ZoneFileText zoneFile(String organizationId, String productId) throws Refusal {
        DnsZone zone = zone(organizationId, productId, ProductAction.SEE, false);
        return new ZoneFileText(zone.origin(), ZoneFile.of(zone));
    }

    public DnsRecordView add(String organizationId, String productId, DnsRecordInput record) throws Refusal {
        DnsZone zone = zone(organizationId, productId, ProductAction.CHANGE, true);
        DnsRecord added = zone.add(record, clock.instant());
        em.flush();
        audit.found(organizationId, null, ZoneFile.line(zone, added));
        return added.view();
    }

    public void remove(String organizationId, String productId, String recordId) throws Refusal {
        DnsZone zone = zone(organizationId, productId, ProductAction.CHANGE, true);
        String before = zone.record(recordId).map(record -> ZoneFile.line(zone, record)).orElse(null);
        zone.remove(recordId);
        audit.found(organizationId, before, null);
    }

    public DnsZoneView delegate(String organizationId, String productId, List<String> nameServers) throws Refusal {
        DnsZone zone = zone(organizationId, productId, ProductAction.CHANGE, true);
        String before = String.join(" ", zone.nameServers());
        zone.delegateTo(nameServers);
        audit.found(organizationId, before, String.join(" ", zone.nameServers()));
        return zone.view(providerNameServers.hosts());
    }

    /**
     * @param change locked for the change: two records added at once cannot both pass the CNAME rule
     */
    private DnsZone zone(String organizationId, String productId, ProductAction action, boolean change)
            throws Refusal {
        HeldProduct product = workspaces.open(organizationId, productId, ProductAccess.DOMAINS, action);
        DnsZone zone = change ? em.find(DnsZone.class, productId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(DnsZone.class, productId);
        if (zone == null) {
            throw new Refusal(ServicesError.ZONE_NAME_INVALID, product.label());
        }
        return zone;
    }
}
