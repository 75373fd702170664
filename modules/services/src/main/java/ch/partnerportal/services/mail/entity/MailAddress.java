package ch.partnerportal.services.mail.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.dns.entity.DnsName;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address a mailbox or an alias may have: a local part of letters, digits and {@code . _ + -} (no
 * quoting, no dot at either end or twice), at most 64 characters, lower case, at a host name.
 */
public record MailAddress(String localPart, String domain) {

    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9_+-]+(\\.[a-z0-9_+-]+)*");
    private static final int MAX_LOCAL = 64;

    public static MailAddress parse(String text) throws Refusal {
        String given = text == null ? "" : text.strip();
        int at = given.lastIndexOf('@');
        if (at <= 0 || at == given.length() - 1) {
            throw new Refusal(ServicesError.MAIL_ADDRESS_INVALID, given);
        }
        return of(given.substring(0, at), given.substring(at + 1), given);
    }

    public static MailAddress of(String localPart, String domain, String given) throws Refusal {
        String local = localPart == null ? "" : localPart.strip().toLowerCase(Locale.ROOT);
        if (local.length() > MAX_LOCAL || !LOCAL_PART.matcher(local).matches()) {
            throw new Refusal(ServicesError.MAIL_ADDRESS_INVALID, given);
        }
        try {
            return new MailAddress(local, DnsName.host(domain));
        } catch (Refusal notAHost) {
            throw new Refusal(ServicesError.MAIL_ADDRESS_INVALID, given);
        }
    }

    public String text() {
        return localPart + "@" + domain;
    }
}
