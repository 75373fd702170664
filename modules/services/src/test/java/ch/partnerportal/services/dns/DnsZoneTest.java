package ch.partnerportal.services.dns;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.DnsRecordInput;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.dns.control.ZoneFile;
import ch.partnerportal.services.dns.entity.DnsName;
import ch.partnerportal.services.dns.entity.DnsRecord;
import ch.partnerportal.services.dns.entity.DnsZone;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Master;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks a domain's zone applies to its records, and its zone file. */
class DnsZoneTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final List<String> PROVIDER = List.of("ns1.partnerportal.ch", "ns2.partnerportal.ch");

    private final DnsZone zone = DnsZone.provisioned("p-1", "o-1", "rossi.ch", PROVIDER);

    private static DnsRecordInput record(String name, String type, String value) {
        return new DnsRecordInput(name, type, null, value, null, null, null, null, null);
    }

    private static DnsRecordInput mx(String name, int priority, String target) {
        return new DnsRecordInput(name, "MX", null, target, priority, null, null, null, null);
    }

    private static DnsRecordInput srv(String name, Integer priority, Integer weight, Integer port, String target) {
        return new DnsRecordInput(name, "SRV", null, target, priority, weight, port, null, null);
    }

    private static DnsRecordInput caa(Integer flags, String tag, String value) {
        return new DnsRecordInput("@", "CAA", null, value, null, null, null, flags, tag);
    }

    private void refused(ServicesError error, DnsRecordInput input) {
        int before = zone.records().size();
        assertThatThrownBy(() -> zone.add(input, NOW)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(error);
        assertThat(zone.records()).as("nothing stored").hasSize(before);
    }

    @Test
    void recordNamesAreRelativeToTheDomainAndChecked() throws Refusal {
        assertThat(DnsName.owner("@", "rossi.ch")).isEqualTo("@");
        assertThat(DnsName.owner("", "rossi.ch")).isEqualTo("@");
        assertThat(DnsName.owner("rossi.ch.", "rossi.ch")).isEqualTo("@");
        assertThat(DnsName.owner("WWW", "rossi.ch")).isEqualTo("www");
        assertThat(DnsName.owner("www.rossi.ch.", "rossi.ch")).isEqualTo("www");
        assertThat(DnsName.owner("*.shop", "rossi.ch")).isEqualTo("*.shop");
        assertThat(DnsName.owner("s1._domainkey", "rossi.ch")).isEqualTo("s1._domainkey");
        assertThat(DnsName.owner("café", "rossi.ch")).as("punycode").isEqualTo("xn--caf-dma");
        for (String invalid : new String[] {"-www", "www-", "a..b", "w w", "www.*", "a".repeat(64), "wéé!",
                ("a".repeat(60) + ".").repeat(4) + "a".repeat(10)}) {
            refused(ServicesError.RECORD_NAME_INVALID, record(invalid, "A", "192.0.2.1"));
        }
        refused(ServicesError.RECORD_NAME_OUTSIDE_ZONE, record("www.bianchi.ch.", "A", "192.0.2.1"));
    }

    @Test
    void addressesAreCheckedPerFamily() throws Refusal {
        zone.add(record("www", "A", "192.0.2.10"), NOW);
        zone.add(record("www", "AAAA", "2001:DB8::10"), NOW);
        assertThat(zone.records()).extracting(DnsRecord::content).containsExactly("192.0.2.10", "2001:db8::10");
        for (String invalid : new String[] {"192.0.2", "256.1.1.1", "192.0.2.01", "2001:db8::1", "host.example.ch"}) {
            refused(ServicesError.IPV4_INVALID, record("a", "A", invalid));
        }
        for (String invalid : new String[] {"192.0.2.1", "2001:db8:::1", "12345::1", "fe80::1::2"}) {
            refused(ServicesError.IPV6_INVALID, record("a", "AAAA", invalid));
        }
        refused(ServicesError.VALUE_REQUIRED, record("a", "A", " "));
        refused(ServicesError.RECORD_TYPE_UNKNOWN, record("a", "PTR", "x.example.ch"));
        refused(ServicesError.RECORD_TYPE_UNKNOWN, record("a", "NS", "x.example.ch"));
    }

    @Test
    void ttlsArePositiveAndAtMostAWeek() throws Refusal {
        assertThat(zone.add(new DnsRecordInput("a", "A", 60, "192.0.2.1", null, null, null, null, null), NOW).ttl())
                .isEqualTo(60);
        assertThat(zone.add(record("b", "A", "192.0.2.1"), NOW).ttl()).isEqualTo(DnsRecord.DEFAULT_TTL);
        refused(ServicesError.TTL_OUT_OF_RANGE, new DnsRecordInput("c", "A", 59, "192.0.2.1", null, null, null, null, null));
        refused(ServicesError.TTL_OUT_OF_RANGE,
                new DnsRecordInput("c", "A", 604_801, "192.0.2.1", null, null, null, null, null));
    }

    @Test
    void aCnameNeverStandsBesideOtherRecordsOfItsName() throws Refusal {
        zone.add(record("www", "A", "192.0.2.10"), NOW);
        refused(ServicesError.CNAME_BESIDE_OTHERS, record("www", "CNAME", "rossi.example.net"));
        zone.add(record("shop", "CNAME", "shops.example.net."), NOW);
        refused(ServicesError.OTHERS_BESIDE_CNAME, record("shop", "TXT", "v=spf1 -all"));
        refused(ServicesError.OTHERS_BESIDE_CNAME, record("SHOP.rossi.ch.", "A", "192.0.2.11"));
        refused(ServicesError.CNAME_BESIDE_OTHERS, record("shop", "CNAME", "other.example.net"));
        refused(ServicesError.CNAME_AT_APEX, record("@", "CNAME", "rossi.example.net"));
        assertThat(zone.records()).extracting(DnsRecord::content).contains("shops.example.net");
    }

    @Test
    void targetsAreHostNamesNeverAddresses() throws Refusal {
        zone.add(mx("@", 10, "mail.rossi.ch"), NOW);
        refused(ServicesError.HOST_NAME_INVALID, mx("@", 20, "192.0.2.25"));
        refused(ServicesError.HOST_NAME_INVALID, mx("@", 20, "mail"));
        refused(ServicesError.HOST_NAME_INVALID, mx("@", 20, "mail_1.rossi.ch"));
        refused(ServicesError.VALUE_REQUIRED, new DnsRecordInput("@", "MX", null, "mx2.rossi.ch", null, null, null,
                null, null));
        refused(ServicesError.NUMBER_OUT_OF_RANGE, mx("@", 65_536, "mx2.rossi.ch"));
        refused(ServicesError.NUMBER_OUT_OF_RANGE, mx("@", -1, "mx2.rossi.ch"));
        refused(ServicesError.VALUE_NOT_EXPECTED, new DnsRecordInput("x", "A", null, "192.0.2.1", 10, null, null,
                null, null));
        refused(ServicesError.RECORD_DUPLICATE, mx("rossi.ch.", 10, "MAIL.rossi.ch."));
    }

    @Test
    void srvRecordsNameTheirServiceAndProtocol() throws Refusal {
        zone.add(srv("_sip._tcp", 10, 5, 5060, "sip.rossi.ch"), NOW);
        zone.add(srv("_imaps._tcp.mail", 0, 0, 0, "."), NOW);
        refused(ServicesError.SRV_NAME_INVALID, srv("sip", 10, 5, 5060, "sip.rossi.ch"));
        refused(ServicesError.SRV_NAME_INVALID, srv("_sip._xyz", 10, 5, 5060, "sip.rossi.ch"));
        refused(ServicesError.VALUE_REQUIRED, srv("_sip._udp", 10, null, 5060, "sip.rossi.ch"));
        refused(ServicesError.NUMBER_OUT_OF_RANGE, srv("_sip._udp", 10, 5, 70_000, "sip.rossi.ch"));
    }

    @Test
    void txtValuesArePlainTextOfLimitedLength() throws Refusal {
        zone.add(record("@", "TXT", "v=spf1 include:spf.partnerportal.ch -all"), NOW);
        zone.add(record("long", "TXT", "k".repeat(DnsRecord.MAX_TEXT)), NOW);
        refused(ServicesError.TEXT_INVALID, record("x", "TXT", "k".repeat(DnsRecord.MAX_TEXT + 1)));
        refused(ServicesError.TEXT_INVALID, record("x", "TXT", "two\nlines"));
        refused(ServicesError.TEXT_INVALID, record("x", "TXT", "grüezi"));
    }

    @Test
    void caaRecordsNameAnAuthorityOrAReportAddress() throws Refusal {
        zone.add(caa(null, "issue", "letsencrypt.org"), NOW);
        zone.add(caa(128, "issuewild", ";"), NOW);
        zone.add(caa(0, "iodef", "mailto:security@rossi.ch"), NOW);
        zone.add(caa(0, "issue", "pki.example.net; accounturi=https://pki.example.net/acct/1"), NOW);
        refused(ServicesError.CAA_FLAGS_INVALID, caa(1, "issue", "letsencrypt.org"));
        refused(ServicesError.CAA_TAG_UNKNOWN, caa(0, "issuer", "letsencrypt.org"));
        refused(ServicesError.CAA_VALUE_INVALID, caa(0, "issue", "not a domain"));
        refused(ServicesError.CAA_VALUE_INVALID, caa(0, "iodef", "http://rossi.ch/report"));
        refused(ServicesError.VALUE_REQUIRED, caa(0, null, "letsencrypt.org"));
    }

    @Test
    void aZoneHoldsAtMostFiveHundredRecordsAndEveryChangeRaisesItsSerial() throws Refusal {
        long serial = zone.serial();
        for (int i = 0; i < DnsZone.MAX_RECORDS; i++) {
            zone.add(record("h" + i, "A", "192.0.2.1"), NOW);
        }
        assertThat(zone.serial()).isEqualTo(serial + DnsZone.MAX_RECORDS);
        refused(ServicesError.ZONE_FULL, record("one-more", "A", "192.0.2.1"));
        zone.remove(zone.records().get(0).id());
        assertThat(zone.serial()).isEqualTo(serial + DnsZone.MAX_RECORDS + 1);
        assertThatThrownBy(() -> zone.remove("unknown")).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(ServicesError.RECORD_NOT_FOUND);
    }

    @Test
    void aDomainIsDelegatedToTwoToSixNameServers() throws Refusal {
        zone.delegateTo(List.of("NS1.example.net.", "ns2.example.net"));
        assertThat(zone.nameServers()).containsExactly("ns1.example.net", "ns2.example.net");
        assertThat(zone.view(PROVIDER).servedByProvider()).isFalse();
        List<String> seven = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven.add("ns" + i + ".example.net");
        }
        for (List<String> wrong : List.of(List.of("ns1.example.net"), seven)) {
            assertThatThrownBy(() -> zone.delegateTo(wrong)).extracting(e -> ((Refusal) e).errorCode())
                    .isEqualTo(ServicesError.NAME_SERVER_COUNT);
        }
        assertThatThrownBy(() -> zone.delegateTo(List.of("ns1.example.net", "NS1.example.net.")))
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(ServicesError.NAME_SERVER_TWICE);
        assertThatThrownBy(() -> zone.delegateTo(List.of("ns1.example.net", "192.0.2.53")))
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(ServicesError.HOST_NAME_INVALID);
        zone.delegateTo(PROVIDER);
        assertThat(zone.view(PROVIDER).servedByProvider()).isTrue();
    }

    @Test
    void theZoneFileIsAMasterFileThatNameServersReadBack() throws Refusal, IOException {
        zone.add(record("@", "A", "192.0.2.10"), NOW);
        zone.add(record("www", "CNAME", "rossi.ch"), NOW);
        zone.add(mx("@", 10, "mail.rossi.ch"), NOW);
        String longText = "v=DKIM1; k=rsa; p=" + "A".repeat(400) + " \"quoted\"";
        zone.add(record("s1._domainkey", "TXT", longText), NOW);
        zone.add(srv("_sip._tcp", 10, 5, 5060, "sip.rossi.ch"), NOW);
        zone.add(caa(0, "issue", "letsencrypt.org"), NOW);
        zone.add(record("v6", "AAAA", "2001:db8::10"), NOW);

        String file = ZoneFile.of(zone);
        assertThat(file).startsWith("$ORIGIN rossi.ch.\n$TTL 3600\n");

        List<Record> read = new ArrayList<>();
        try (Master master = new Master(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)))) {
            for (Record record = master.nextRecord(); record != null; record = master.nextRecord()) {
                read.add(record);
            }
        }
        assertThat(read).extracting(r -> Type.string(r.getType()))
                .containsExactly("SOA", "NS", "NS", "A", "MX", "CAA", "SRV", "TXT", "AAAA", "CNAME");
        assertThat(read.get(0).rdataToString()).contains("ns1.partnerportal.ch.", " " + zone.serial() + " ");
        Record txt = read.stream().filter(r -> r.getType() == Type.TXT).findFirst().orElseThrow();
        StringBuilder unescaped = new StringBuilder();
        for (byte[] string : ((org.xbill.DNS.TXTRecord) txt).getStringsAsByteArrays()) {
            assertThat(string.length).as("DNS strings are at most 255 bytes").isLessThanOrEqualTo(255);
            unescaped.append(new String(string, StandardCharsets.US_ASCII));
        }
        assertThat(unescaped.toString()).isEqualTo(longText);
        assertThat(read.stream().filter(r -> r.getType() == Type.CNAME).findFirst().orElseThrow().getName()
                .toString().toLowerCase(Locale.ROOT)).isEqualTo("www.rossi.ch.");
    }
}
