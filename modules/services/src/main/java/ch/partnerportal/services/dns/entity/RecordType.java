package ch.partnerportal.services.dns.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The record types a customer may put in a zone; SOA and NS at the apex are the provider's. */
public enum RecordType {
    A, AAAA, CNAME, MX, TXT, SRV, CAA;

    public static RecordType parse(String text) throws Refusal {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (RecordType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        throw new Refusal(ServicesError.RECORD_TYPE_UNKNOWN, text == null ? "" : text, offered());
    }

    public static String offered() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
