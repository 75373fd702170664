package ch.partnerportal.services.dns.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names of a zone, as a provider checks them before they reach a name server: owner names are kept
 * relative to the zone ({@code @} for the domain itself), targets as full host names without the final
 * dot. Internationalized names are kept in their ASCII (punycode) form, as DNS carries them.
 */
public final class DnsName {

    public static final String APEX = "@";

    /** Owner labels may carry underscores (_dmarc, _sip._tcp, selector._domainkey). */
    private static final Pattern OWNER_LABEL = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?");
    /** Host names are letters, digits and hyphens (RFC 952, 1123). */
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    /** A top-level domain is never all digits: that is how an address is told from a name. */
    private static final Pattern TOP_LABEL = Pattern.compile("(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    private static final int MAX_LENGTH = 253;

    private DnsName() {
    }

    /** The zone's own name (the domain), or empty when the product's name is not a domain name. */
    public static java.util.Optional<String> origin(String domain) {
        try {
            return java.util.Optional.of(host(domain));
        } catch (Refusal e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * An owner name relative to {@code origin}: {@code @} or empty for the apex, a relative name, or a
     * full name ending in {@code .origin.}.
     */
    public static String owner(String input, String origin) throws Refusal {
        String name = ascii(input == null ? "" : input.strip(), input, ServicesError.RECORD_NAME_INVALID);
        if (name.isEmpty() || name.equals(APEX) || name.equals(origin + ".")) {
            return APEX;
        }
        if (name.endsWith(".")) {
            if (!name.endsWith("." + origin + ".")) {
                throw new Refusal(ServicesError.RECORD_NAME_OUTSIDE_ZONE, input.strip(), origin);
            }
            name = name.substring(0, name.length() - origin.length() - 2);
        }
        String[] labels = name.split("\\.", -1);
        for (int i = 0; i < labels.length; i++) {
            boolean wildcard = i == 0 && labels[i].equals("*");
            if (!wildcard && !OWNER_LABEL.matcher(labels[i]).matches()) {
                throw new Refusal(ServicesError.RECORD_NAME_INVALID, input.strip());
            }
        }
        if (name.length() + 1 + origin.length() > MAX_LENGTH) {
            throw new Refusal(ServicesError.RECORD_NAME_INVALID, input.strip());
        }
        return name;
    }

    /** A full host name (a target or a name server), with or without the final dot. */
    public static String host(String input) throws Refusal {
        String name = ascii(input == null ? "" : input.strip(), input, ServicesError.HOST_NAME_INVALID);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String[] labels = name.split("\\.", -1);
        if (name.length() > MAX_LENGTH || labels.length < 2 || !TOP_LABEL.matcher(labels[labels.length - 1]).matches()) {
            throw new Refusal(ServicesError.HOST_NAME_INVALID, input == null ? "" : input.strip());
        }
        for (String label : labels) {
            if (!HOST_LABEL.matcher(label).matches()) {
                throw new Refusal(ServicesError.HOST_NAME_INVALID, input.strip());
            }
        }
        return name;
    }

    /** The owner's full name, as a message or a zone file shows it. */
    public static String full(String owner, String origin) {
        return owner.equals(APEX) ? origin : owner + "." + origin;
    }

    private static String ascii(String name, String input, ServicesError refusal) throws Refusal {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 0x80)) {
            return lower;
        }
        try {
            return IDN.toASCII(lower, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new Refusal(refusal, input == null ? "" : input.strip());
        }
    }
}
