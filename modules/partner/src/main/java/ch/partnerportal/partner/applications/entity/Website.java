package ch.partnerportal.partner.applications.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerError;
import org.apache.commons.validator.routines.UrlValidator;

import java.net.URI;
import java.util.Locale;

/**
 * A partner's website (PAR-1): a well-formed https address on a public domain name (no user or
 * password in it, no bare IP address or local name). Whether it is active is the reviewer's check: the
 * portal does not fetch it.
 */
public record Website(String url) {

    public static final int MAX_LENGTH = 2000;
    private static final UrlValidator HTTPS = new UrlValidator(new String[] {"https"});

    public static Website parse(String text) throws Refusal {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty() || given.length() > MAX_LENGTH || !HTTPS.isValid(given)) {
            throw new Refusal(PartnerError.WEBSITE_INVALID);
        }
        URI uri = URI.create(given);
        if (uri.getRawUserInfo() != null || uri.getHost() == null || uri.getHost().matches("[0-9.]+|\\[.*]")) {
            throw new Refusal(PartnerError.WEBSITE_INVALID);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return new Website("https://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
