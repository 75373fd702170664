package ch.partnerportal.tenancy.accounts.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.AccountView;
import ch.partnerportal.tenancy.api.TenancyError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person who logs in. The identity provider owns the credentials; the portal keeps the login ID
 * (a personal e-mail address, IDN-1), a display name and the language for notices.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
public class Account {

    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 120;
    public static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "it");
    // Deliberately plain: one @, no spaces, a dot in the domain. The identity provider checks deliverability.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = MAX_EMAIL)
    private String email;

    @Column(name = "display_name", nullable = false, length = MAX_NAME)
    private String displayName;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public static Account register(String email, String displayName, String language, Instant now) throws Refusal {
        Account account = new Account();
        account.id = UUID.randomUUID().toString();
        account.email = normalizeEmail(email);
        account.displayName = displayName == null || displayName.isBlank()
                ? account.email : truncate(displayName.strip(), MAX_NAME);
        account.language = language(language);
        account.createdAt = now;
        return account;
    }

    /** Lower-cased and validated; refuses what cannot be an e-mail address. */
    public static String normalizeEmail(String email) throws Refusal {
        if (email == null) {
            throw new Refusal(TenancyError.INVALID_EMAIL, "");
        }
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        if (normalized.length() > MAX_EMAIL || !EMAIL.matcher(normalized).matches()) {
            throw new Refusal(TenancyError.INVALID_EMAIL, email.strip());
        }
        return normalized;
    }

    public static String language(String requested) {
        if (requested == null) {
            return "en";
        }
        String lang = requested.strip().toLowerCase(Locale.ROOT);
        if (lang.length() > 2) {
            lang = lang.substring(0, 2);
        }
        return LANGUAGES.contains(lang) ? lang : "en";
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public void refresh(String newDisplayName) {
        if (newDisplayName != null && !newDisplayName.isBlank()) {
            displayName = truncate(newDisplayName.strip(), MAX_NAME);
        }
    }

    public void preferLanguage(String newLanguage) {
        language = language(newLanguage);
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public AccountView view() {
        return new AccountView(id, email, displayName, language);
    }
}
