package ch.partnerportal.services.dns.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.DnsRecordInput;
import ch.partnerportal.services.api.DnsRecordView;
import ch.partnerportal.services.api.ServicesError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.apache.commons.validator.routines.InetAddressValidator;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** One resource record of a zone, checked as a provider's name server would accept it. */
@Entity
@Table(name = "dns_record")
public class DnsRecord {

    public static final int MIN_TTL = 60;
    public static final int MAX_TTL = 604_800;
    public static final int DEFAULT_TTL = 3600;
    public static final int MAX_TEXT = 2048;
    private static final int MAX_16_BITS = 65_535;
    private static final Pattern SERVICE_NAME = Pattern.compile("_[a-z0-9-]{1,62}\\._(tcp|udp|tls|sctp)(\\..+)?");
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]+");
    private static final Pattern CAA_PARAMETERS = Pattern.compile("(\\s*;\\s*[a-z0-9]+=[\\x21-\\x7E&&[^;]]*)*\\s*");
    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s]+@[^@\\s]+");
    private static final Pattern HTTPS_URL = Pattern.compile("https://[a-z0-9.-]+(:[0-9]{1,5})?(/[\\x21-\\x7E]*)?");

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "zone_id", nullable = false, updatable = false)
    private DnsZone zone;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    /** Relative to the zone, {@code @} for the apex. */
    @Column(name = "owner_name", nullable = false, length = 253, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, length = 10, updatable = false)
    private RecordType type;

    @Column(nullable = false)
    private int ttl;

    private Integer priority;
    private Integer weight;
    private Integer port;
    private Integer flags;

    @Column(length = 20)
    private String tag;

    @Column(nullable = false, length = MAX_TEXT)
    private String content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DnsRecord() {
    }

    /** The record the input describes in {@code zone}, refused when any part of it is not valid. */
    static DnsRecord of(DnsZone zone, DnsRecordInput input, Instant now) throws Refusal {
        DnsRecord record = new DnsRecord();
        record.id = UUID.randomUUID().toString();
        record.zone = zone;
        record.organizationId = zone.organizationId();
        record.type = RecordType.parse(input.type());
        record.name = DnsName.owner(input.name(), zone.origin());
        record.ttl = input.ttl() == null ? DEFAULT_TTL : inRange("ttl", input.ttl(), MIN_TTL, MAX_TTL,
                ServicesError.TTL_OUT_OF_RANGE);
        record.createdAt = now;
        record.fill(input);
        return record;
    }

    private void fill(DnsRecordInput input) throws Refusal {
        String value = input.value() == null ? "" : input.value();
        if (type != RecordType.TXT) {
            value = value.strip();
        }
        if (value.isEmpty() && type != RecordType.CAA) {
            throw new Refusal(ServicesError.VALUE_REQUIRED, type.name(), "value");
        }
        notExpected(input.priority(), type != RecordType.MX && type != RecordType.SRV, "priority");
        notExpected(input.weight(), type != RecordType.SRV, "weight");
        notExpected(input.port(), type != RecordType.SRV, "port");
        notExpected(input.flags(), type != RecordType.CAA, "flags");
        notExpected(input.tag(), type != RecordType.CAA, "tag");
        switch (type) {
            case A -> {
                if (!InetAddressValidator.getInstance().isValidInet4Address(value)) {
                    throw new Refusal(ServicesError.IPV4_INVALID, value);
                }
                content = value;
            }
            case AAAA -> {
                if (!InetAddressValidator.getInstance().isValidInet6Address(value)) {
                    throw new Refusal(ServicesError.IPV6_INVALID, value);
                }
                content = value.toLowerCase(Locale.ROOT);
            }
            case CNAME -> {
                if (name.equals(DnsName.APEX)) {
                    throw new Refusal(ServicesError.CNAME_AT_APEX);
                }
                content = DnsName.host(value);
            }
            case MX -> {
                priority = inRange("priority", required(input.priority(), "priority"), 0, MAX_16_BITS,
                        ServicesError.NUMBER_OUT_OF_RANGE);
                content = DnsName.host(value);
            }
            case TXT -> {
                if (value.length() > MAX_TEXT || !PRINTABLE_ASCII.matcher(value).matches()) {
                    throw new Refusal(ServicesError.TEXT_INVALID, MAX_TEXT);
                }
                content = value;
            }
            case SRV -> {
                if (!SERVICE_NAME.matcher(name).matches()) {
                    throw new Refusal(ServicesError.SRV_NAME_INVALID);
                }
                priority = inRange("priority", required(input.priority(), "priority"), 0, MAX_16_BITS,
                        ServicesError.NUMBER_OUT_OF_RANGE);
                weight = inRange("weight", required(input.weight(), "weight"), 0, MAX_16_BITS,
                        ServicesError.NUMBER_OUT_OF_RANGE);
                port = inRange("port", required(input.port(), "port"), 0, MAX_16_BITS, ServicesError.NUMBER_OUT_OF_RANGE);
                // "." says the service is decidedly not offered (RFC 2782)
                content = value.equals(".") ? "." : DnsName.host(value);
            }
            case CAA -> fillCaa(input, value);
        }
    }

    private void fillCaa(DnsRecordInput input, String value) throws Refusal {
        flags = input.flags() == null ? 0 : input.flags();
        if (flags != 0 && flags != 128) {
            throw new Refusal(ServicesError.CAA_FLAGS_INVALID);
        }
        String given = required(input.tag(), "tag").strip();
        tag = given.toLowerCase(Locale.ROOT);
        switch (tag) {
            case "issue", "issuewild" -> {
                int semicolon = value.indexOf(';');
                String authority = (semicolon < 0 ? value : value.substring(0, semicolon)).strip();
                String parameters = semicolon < 0 ? "" : value.substring(semicolon);
                if (authority.isEmpty() && semicolon < 0) {
                    throw new Refusal(ServicesError.CAA_VALUE_INVALID, value, tag);
                }
                if (!authority.isEmpty()) {
                    try {
                        authority = DnsName.host(authority);
                    } catch (Refusal notAHost) {
                        throw new Refusal(ServicesError.CAA_VALUE_INVALID, value, tag);
                    }
                }
                if (!parameters.isEmpty() && !CAA_PARAMETERS.matcher(parameters).matches()
                        && !parameters.strip().equals(";")) {
                    throw new Refusal(ServicesError.CAA_VALUE_INVALID, value, tag);
                }
                content = (authority + parameters).strip();
            }
            case "iodef" -> {
                if (!MAILTO.matcher(value).matches() && !HTTPS_URL.matcher(value).matches()) {
                    throw new Refusal(ServicesError.CAA_VALUE_INVALID, value, tag);
                }
                content = value;
            }
            default -> throw new Refusal(ServicesError.CAA_TAG_UNKNOWN, given);
        }
    }

    private void notExpected(Object given, boolean refused, String field) throws Refusal {
        if (given != null && refused) {
            throw new Refusal(ServicesError.VALUE_NOT_EXPECTED, type.name(), field);
        }
    }

    private <T> T required(T given, String field) throws Refusal {
        if (given == null || given instanceof String text && text.isBlank()) {
            throw new Refusal(ServicesError.VALUE_REQUIRED, type.name(), field);
        }
        return given;
    }

    private static int inRange(String field, int given, int min, int max, ServicesError refusal) throws Refusal {
        if (given < min || given > max) {
            throw refusal == ServicesError.TTL_OUT_OF_RANGE ? new Refusal(refusal, min, max)
                    : new Refusal(refusal, field, min, max);
        }
        return given;
    }

    /** Same name, type and data: a second copy would be one record twice. */
    boolean sameAs(DnsRecord other) {
        return name.equals(other.name) && type == other.type && content.equalsIgnoreCase(other.content)
                && Objects.equals(priority, other.priority) && Objects.equals(weight, other.weight)
                && Objects.equals(port, other.port) && Objects.equals(flags, other.flags)
                && Objects.equals(tag, other.tag);
    }

    public DnsRecordView view() {
        return new DnsRecordView(id, name, DnsName.full(name, zone.origin()), type.name(), ttl, content, priority,
                weight, port, flags, tag);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public RecordType type() {
        return type;
    }

    public int ttl() {
        return ttl;
    }

    public String content() {
        return content;
    }

    public Integer priority() {
        return priority;
    }

    public Integer weight() {
        return weight;
    }

    public Integer port() {
        return port;
    }

    public Integer flags() {
        return flags;
    }

    public String tag() {
        return tag;
    }
}
