package ch.partnerportal.tenancy.accounts.entity;

import ch.partnerportal.kernel.PlainText;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.AccountView;
import ch.partnerportal.tenancy.api.TenancyError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;
import java.text.Normalizer;
import org.apache.commons.validator.routines.EmailValidator;
import java.util.Set;
import java.util.UUID;

/**
 * A person who logs in. The identity provider owns the credentials; the portal keeps the login ID
 * (a personal e-mail address, IDN-1), a display name and the language for notices.
 */
@Entity
@EntityListeners(MemberChanges.class)
@Table(name = "account")
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
public class Account {

    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 120;
    public static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "it");
    /**
     * Apache Commons Validator's RFC 5321/5322 check with the public suffix list: no double dots, no
     * control characters, no markup, a real top-level domain. Quoted local parts and IP literals are
     * valid by the RFC but are no personal address a person logs in with, so they are refused too.
     */
    private static final EmailValidator EMAIL = EmailValidator.getInstance(false, false);

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
        String normalized = Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (!PlainText.isTypable(normalized, false) || normalized.length() > MAX_EMAIL || normalized.contains("\"") || normalized.contains("[")
                || !EMAIL.isValid(normalized)) {
            throw new Refusal(TenancyError.INVALID_EMAIL, PlainText.shown(email.strip(), 80));
        }
        return normalized;
    }

    /** A language asked for explicitly (an invitation's): one of en, de, fr, it, nothing else. */
    public static String requireLanguage(String requested) throws Refusal {
        String lang = requested == null ? "" : requested.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw new Refusal(TenancyError.UNKNOWN_LANGUAGE, String.join(", ", new java.util.TreeSet<>(LANGUAGES)));
        }
        return lang;
    }

    /** The caller's own language as its browser or token says: the nearest of ours, English otherwise. */
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
