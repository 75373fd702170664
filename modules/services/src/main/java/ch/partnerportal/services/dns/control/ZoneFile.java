package ch.partnerportal.services.dns.control;

import ch.partnerportal.services.dns.entity.DnsName;
import ch.partnerportal.services.dns.entity.DnsRecord;
import ch.partnerportal.services.dns.entity.DnsZone;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.CAARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;

import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A zone in the master-file format of RFC 1035 (what BIND and every other name server read), written
 * by dnsjava so that quoting, escaping and the 255-byte strings of TXT records are right.
 */
public final class ZoneFile {

    private static final long REFRESH = 10_800;
    private static final long RETRY = 3_600;
    private static final long EXPIRE = 1_209_600;
    private static final long NEGATIVE_TTL = 3_600;
    private static final int TXT_STRING = 255;

    private ZoneFile() {
    }

    public static String of(DnsZone zone) {
        try {
            Name origin = absolute(zone.origin());
            List<String> nameServers = zone.nameServers();
            StringBuilder text = new StringBuilder()
                    .append("$ORIGIN ").append(origin).append('\n')
                    .append("$TTL ").append(DnsRecord.DEFAULT_TTL).append('\n');
            line(text, new SOARecord(origin, DClass.IN, DnsRecord.DEFAULT_TTL, absolute(nameServers.get(0)),
                    absolute("hostmaster." + zone.origin()), zone.serial(), REFRESH, RETRY, EXPIRE, NEGATIVE_TTL));
            for (String server : nameServers) {
                line(text, new NSRecord(origin, DClass.IN, DnsRecord.DEFAULT_TTL, absolute(server)));
            }
            for (DnsRecord record : zone.records()) {
                line(text, record(record, zone.origin()));
            }
            return text.toString();
        } catch (TextParseException | UnknownHostException e) {
            // every name and address was checked when the record was added
            throw new IllegalStateException("zone " + zone.productId() + " holds a record DNS cannot write", e);
        }
    }

    /**
     * One record as its line of the zone file, its fields apart by one space instead of a tab: what the
     * audit trail keeps of a record a partner changed.
     */
    public static String line(DnsZone zone, DnsRecord record) {
        try {
            return record(record, zone.origin()).toString().replace('\t', ' ');
        } catch (TextParseException | UnknownHostException e) {
            throw new IllegalStateException("record " + record.id() + " cannot be written", e);
        }
    }

    private static Record record(DnsRecord record, String origin) throws TextParseException, UnknownHostException {
        Name name = absolute(DnsName.full(record.name(), origin));
        long ttl = record.ttl();
        return switch (record.type()) {
            case A -> new ARecord(name, DClass.IN, ttl, Address.getByAddress(record.content(), Address.IPv4));
            case AAAA -> new AAAARecord(name, DClass.IN, ttl, Address.getByAddress(record.content(), Address.IPv6));
            case CNAME -> new CNAMERecord(name, DClass.IN, ttl, absolute(record.content()));
            case MX -> new MXRecord(name, DClass.IN, ttl, record.priority(), absolute(record.content()));
            case TXT -> new TXTRecord(name, DClass.IN, ttl, strings(record.content()));
            case SRV -> new SRVRecord(name, DClass.IN, ttl, record.priority(), record.weight(), record.port(),
                    record.content().equals(".") ? Name.root : absolute(record.content()));
            case CAA -> new CAARecord(name, DClass.IN, ttl, record.flags(), record.tag(), record.content());
        };
    }

    private static List<String> strings(String text) {
        List<String> strings = new ArrayList<>();
        for (int start = 0; start < text.length(); start += TXT_STRING) {
            strings.add(text.substring(start, Math.min(text.length(), start + TXT_STRING)));
        }
        return strings;
    }

    private static void line(StringBuilder text, Record record) {
        text.append(record).append('\n');
    }

    private static Name absolute(String host) throws TextParseException {
        return Name.fromString(host.endsWith(".") ? host : host + ".");
    }
}
