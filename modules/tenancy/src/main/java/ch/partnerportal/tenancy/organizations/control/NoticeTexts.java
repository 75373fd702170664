package ch.partnerportal.tenancy.organizations.control;

import ch.partnerportal.kernel.Notice;
import ch.partnerportal.tenancy.api.Role;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The translated e-mails of tenancy: role changes (ORG-9), invitations (ORG-4), refused changes made in the identity provider. */
public final class NoticeTexts {

    private static final String BUNDLE = "ch.partnerportal.tenancy.notices";
    private static final ZoneId SWITZERLAND = ZoneId.of("Europe/Zurich");

    private NoticeTexts() {
    }

    public static Notice roleChanged(String recipient, Locale locale, String organization, Role before, Role after,
                                     String changedBy, String consoleUrl) {
        ResourceBundle texts = bundle(locale);
        return new Notice(recipient,
                format(texts, "role-changed.subject", locale, organization),
                format(texts, "role-changed.body", locale, organization, roleName(texts, before),
                        roleName(texts, after), changedBy, consoleUrl),
                "role-changed");
    }

    /** ORG-7 and the audit trail: a change made in the identity provider's console was refused and undone. */
    public static Notice administrationRefused(String recipient, Locale locale, String organization, String change,
                                               String administrator, String reason, String consoleUrl) {
        ResourceBundle texts = bundle(locale);
        return new Notice(recipient,
                format(texts, "administration-refused.subject", locale, organization),
                format(texts, "administration-refused.body", locale, organization, administrator, change, reason,
                        consoleUrl),
                "administration-refused");
    }

    /** What an administrator did in the identity provider's console, in words: "added x to the group y". */
    public static String administeredChange(Locale locale, String kind, String login, String group) {
        ResourceBundle texts = bundle(locale);
        return format(texts, "administered." + kind, locale, login, group);
    }

    public static Notice invitation(String recipient, Locale locale, String organization, Role role, String inviter,
                                    String link, boolean existingAccount, String expires) {
        ResourceBundle texts = bundle(locale);
        String kind = existingAccount ? "invitation-existing" : "invitation-new";
        return new Notice(recipient,
                format(texts, kind + ".subject", locale, organization),
                format(texts, kind + ".body", locale, organization, roleName(texts, role), inviter, link, expires),
                "invitation");
    }

    /**
     * When an invitation stops being valid, in Swiss time and saying so with the zone's name in the
     * reader's language ("4 Dec 2026, 10:00 Central European Standard Time"): an invitee abroad
     * reads it right.
     */
    public static String validUntil(Instant expiresAt, Locale locale) {
        ZonedDateTime swiss = expiresAt.atZone(SWITZERLAND);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(swiss)
                + " " + DateTimeFormatter.ofPattern("zzzz", locale).format(swiss);
    }

    /**
     * ORG-8 in the manner of ORG-9: a member's teams changed.
     *
     * @param kind team-joined, team-left, team-changed or team-deleted
     */
    public static Notice team(String kind, String recipient, Locale locale, String organization, String team,
                              String changedBy, java.util.Set<ch.partnerportal.tenancy.api.ProductAccess> permissions,
                              String consoleUrl) {
        ResourceBundle texts = bundle(locale);
        String granted = permissions.isEmpty() ? texts.getString("permissions.none")
                : permissions.stream().sorted().map(p -> texts.getString("permission." + p.name()))
                .collect(java.util.stream.Collectors.joining(", "));
        return new Notice(recipient, format(texts, kind + ".subject", locale, organization, team),
                format(texts, kind + ".body", locale, organization, team, changedBy, granted, consoleUrl), kind);
    }

    public static String roleName(ResourceBundle texts, Role role) {
        return texts.getString("role." + role.name());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NoticeTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
