package ch.partnerportal.services.dns.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.DnsRecordInput;
import ch.partnerportal.services.api.DnsZoneView;
import ch.partnerportal.services.api.ServicesError;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A domain's DNS zone: its records and the name servers it is delegated to. Every change raises the
 * serial, as the SOA record tells secondaries to reload. A CNAME never stands beside another record of
 * its name (RFC 1034, 3.6.2), nor at the apex, which holds the SOA and NS records.
 */
@Entity
@Table(name = "dns_zone")
public class DnsZone {

    public static final int MAX_RECORDS = 500;
    public static final int MIN_NAME_SERVERS = 2;
    public static final int MAX_NAME_SERVERS = 6;

    @Id
    @Column(name = "product_id", length = 36)
    private String productId;

    @Version
    private long version;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Column(nullable = false, length = 253, updatable = false)
    private String origin;

    @Column(nullable = false)
    private long serial;

    /** Comma-separated host names, in the order given. */
    @Column(name = "name_servers", nullable = false, length = 1600)
    private String nameServers;

    @OneToMany(mappedBy = "zone", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name, type, createdAt")
    private List<DnsRecord> records = new ArrayList<>();

    protected DnsZone() {
    }

    /** A new zone with no records, delegated to the provider's name servers. */
    public static DnsZone provisioned(String productId, String organizationId, String origin,
                                      List<String> providerNameServers) {
        DnsZone zone = new DnsZone();
        zone.productId = productId;
        zone.organizationId = organizationId;
        zone.origin = origin;
        zone.serial = 1;
        zone.nameServers = String.join(",", providerNameServers);
        return zone;
    }

    public DnsRecord add(DnsRecordInput input, Instant now) throws Refusal {
        DnsRecord record = DnsRecord.of(this, input, now);
        if (records.size() >= MAX_RECORDS) {
            throw new Refusal(ServicesError.ZONE_FULL, MAX_RECORDS);
        }
        for (DnsRecord existing : records) {
            if (!existing.name().equals(record.name())) {
                continue;
            }
            if (existing.sameAs(record)) {
                throw new Refusal(ServicesError.RECORD_DUPLICATE);
            }
            if (record.type() == RecordType.CNAME) {
                throw new Refusal(ServicesError.CNAME_BESIDE_OTHERS, DnsName.full(record.name(), origin));
            }
            if (existing.type() == RecordType.CNAME) {
                throw new Refusal(ServicesError.OTHERS_BESIDE_CNAME, DnsName.full(record.name(), origin));
            }
        }
        records.add(record);
        serial++;
        return record;
    }

    public void remove(String recordId) throws Refusal {
        DnsRecord record = records.stream().filter(r -> r.id().equals(recordId)).findFirst()
                .orElseThrow(() -> new Refusal(ServicesError.RECORD_NOT_FOUND));
        records.remove(record);
        serial++;
    }

    /** Delegates the domain to other name servers (the customer's own, or back to the provider's). */
    public void delegateTo(List<String> given) throws Refusal {
        if (given == null || given.size() < MIN_NAME_SERVERS || given.size() > MAX_NAME_SERVERS) {
            throw new Refusal(ServicesError.NAME_SERVER_COUNT, MIN_NAME_SERVERS, MAX_NAME_SERVERS);
        }
        Set<String> hosts = new LinkedHashSet<>();
        for (String name : given) {
            String host = DnsName.host(name);
            if (!hosts.add(host)) {
                throw new Refusal(ServicesError.NAME_SERVER_TWICE, host);
            }
        }
        nameServers = String.join(",", hosts);
        serial++;
    }

    public List<String> nameServers() {
        return List.of(nameServers.split(","));
    }

    public List<DnsRecord> records() {
        List<DnsRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing((DnsRecord r) -> !r.name().equals(DnsName.APEX))
                .thenComparing(DnsRecord::name).thenComparing(DnsRecord::type));
        return sorted;
    }

    public Optional<DnsRecord> record(String recordId) {
        return records.stream().filter(r -> r.id().equals(recordId)).findFirst();
    }

    public DnsZoneView view(List<String> providerNameServers) {
        return new DnsZoneView(productId, origin, serial, nameServers(), nameServers().equals(providerNameServers),
                records().stream().map(DnsRecord::view).toList());
    }

    public String productId() {
        return productId;
    }

    public String organizationId() {
        return organizationId;
    }

    public String origin() {
        return origin;
    }

    public long serial() {
        return serial;
    }
}
