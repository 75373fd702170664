package ch.partnerportal.services.hosting.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * IDN-4: an FTP, SSH, MySQL or WebDAV account of a web hosting. Its password is its own (neither a
 * login nor a mailbox password), made by the portal, shown once when made or reset, and kept only as
 * an Argon2id hash.
 */
@Entity
@Table(name = "hosting_credential")
public class Credential {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{2,23}");

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "product_id", nullable = false, length = 36, updatable = false)
    private String productId;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private CredentialKind kind;

    /** Unique on the platform: {@code ftp_rossi}, {@code db_shop}. */
    @Column(name = "user_name", nullable = false, length = 32, updatable = false)
    private String userName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Credential() {
    }

    /** @param name what follows the kind's prefix: 3 to 24 lower-case letters, digits or underscores */
    public static Credential issued(String productId, String organizationId, CredentialKind kind, String name,
                                    String passwordHash, Instant now) throws Refusal {
        String given = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(given).matches()) {
            throw new Refusal(ServicesError.CREDENTIAL_NAME_INVALID);
        }
        Credential credential = new Credential();
        credential.id = UUID.randomUUID().toString();
        credential.productId = productId;
        credential.organizationId = organizationId;
        credential.kind = kind;
        credential.userName = kind.prefix() + "_" + given;
        credential.passwordHash = passwordHash;
        credential.passwordChangedAt = now;
        credential.createdAt = now;
        return credential;
    }

    public void reset(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
    }

    public String id() {
        return id;
    }

    public String productId() {
        return productId;
    }

    public String organizationId() {
        return organizationId;
    }

    public CredentialKind kind() {
        return kind;
    }

    public String userName() {
        return userName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
