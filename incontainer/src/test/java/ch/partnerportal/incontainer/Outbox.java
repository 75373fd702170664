package ch.partnerportal.incontainer;

import javax.sql.DataSource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the portal queued to send: read from the outbox table, since no mail server listens here. */
final class Outbox {

    private static final Pattern INVITATION = Pattern.compile("token=([A-Za-z0-9_%.~-]+)");

    private Outbox() {
    }

    static List<String> mailsTo(DataSource database, String recipient) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select mail_body from outbox_entry "
                     + "where kind = 'MAIL' and subject_key = ? order by created_at")) {
            query.setString(1, recipient);
            List<String> bodies = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bodies.add(rows.getString(1));
                }
            }
            return bodies;
        }
    }

    static long count(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from outbox_entry");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** How often a projection of the organization was asked for: each entry once, and again for each merged request. */
    static long projectionRequests(DataSource database, String organizationId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) + coalesce(sum(requests), 0) from outbox_entry "
                     + "where kind = 'KEYCLOAK_ORGANIZATION' and subject_key = ?")) {
            query.setString(1, organizationId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static String invitationToken(DataSource database, String recipient) throws SQLException {
        List<String> mails = mailsTo(database, recipient);
        for (int i = mails.size() - 1; i >= 0; i--) {
            Matcher link = INVITATION.matcher(mails.get(i));
            if (link.find()) {
                return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no invitation queued for " + recipient);
    }
}
