package ch.partnerportal.tenancy.invitations.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.InvitationView;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.organizations.entity.ContactTopicConverter;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import ch.partnerportal.tenancy.organizations.entity.ProductAccessConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

/**
 * An invitation to join an organization (ORG-2, ORG-4), sent by e-mail with a link. Only the hash of
 * the link's secret is stored, so a database read does not let anyone join.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.byTokenHash", query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(name = "Invitation.pendingFor", query = "select i from Invitation i "
        + "where i.organization.id = :organization and i.email = :email and i.status = :status")
@NamedQuery(name = "Invitation.ofOrganization", query = "select i from Invitation i "
        + "where i.organization.id = :organization and i.status = :status order by i.createdAt desc")
public class Invitation {

    public static final Duration VALIDITY = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Status { PENDING, ACCEPTED, WITHDRAWN }

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(nullable = false, length = Account.MAX_EMAIL)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Convert(converter = ProductAccessConverter.class)
    @Column(nullable = false, length = 200)
    private Set<ProductAccess> permissions = EnumSet.noneOf(ProductAccess.class);

    @Convert(converter = ContactTopicConverter.class)
    @Column(nullable = false, length = 200)
    private Set<ContactTopic> contacts = EnumSet.noneOf(ContactTopic.class);

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "existing_account", nullable = false)
    private boolean existingAccount;

    @Column(name = "invited_by", nullable = false, length = 36)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_by", length = 36)
    private String acceptedBy;

    protected Invitation() {
    }

    /** A new invitation and the secret for its link; the secret is returned once and never stored. */
    public static Issued issue(Organization organization, Account inviter, String email, Role role,
                               Set<ProductAccess> permissions, Set<ContactTopic> contacts, String language,
                               boolean existingAccount, Instant now) throws Refusal {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID().toString();
        invitation.organization = organization;
        invitation.email = Account.normalizeEmail(email);
        if (role == null) {
            throw new Refusal(TenancyError.UNKNOWN_ROLE, "");
        }
        invitation.role = role;
        invitation.permissions = permissions == null || permissions.isEmpty()
                ? EnumSet.noneOf(ProductAccess.class) : EnumSet.copyOf(permissions);
        invitation.contacts = contacts == null || contacts.isEmpty()
                ? EnumSet.noneOf(ContactTopic.class) : EnumSet.copyOf(contacts);
        invitation.language = Account.language(language);
        invitation.existingAccount = existingAccount;
        invitation.invitedBy = inviter.id();
        invitation.createdAt = now;
        String token = invitation.renewSecret(now);
        return new Issued(invitation, token);
    }

    /** Resending: a new secret (the old link stops working) and a new validity period. */
    public String resend(Instant now) throws Refusal {
        if (status != Status.PENDING) {
            throw new Refusal(status == Status.WITHDRAWN
                    ? TenancyError.INVITATION_WITHDRAWN : TenancyError.INVITATION_ALREADY_USED);
        }
        return renewSecret(now);
    }

    public void withdraw() throws Refusal {
        if (status == Status.ACCEPTED) {
            throw new Refusal(TenancyError.INVITATION_ALREADY_USED);
        }
        status = Status.WITHDRAWN;
    }

    /** Checks that this account may use the link now; the caller then admits it to the organization. */
    public void accept(Account account, Instant now) throws Refusal {
        requireUsable(now);
        if (!email.equals(account.email())) {
            throw new Refusal(TenancyError.INVITATION_FOR_ANOTHER_ACCOUNT, email);
        }
        status = Status.ACCEPTED;
        acceptedBy = account.id();
    }

    public void requireUsable(Instant now) throws Refusal {
        switch (status) {
            case ACCEPTED -> throw new Refusal(TenancyError.INVITATION_ALREADY_USED);
            case WITHDRAWN -> throw new Refusal(TenancyError.INVITATION_WITHDRAWN);
            default -> {
                if (isExpired(now)) {
                    throw new Refusal(TenancyError.INVITATION_EXPIRED);
                }
            }
        }
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    private String renewSecret(Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokenHash = hash(token);
        status = Status.PENDING;
        expiresAt = now.plus(VALIDITY);
        return token;
    }

    public static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public String id() {
        return id;
    }

    public Organization organization() {
        return organization;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public Set<ProductAccess> permissions() {
        return Set.copyOf(permissions);
    }

    public Set<ContactTopic> contacts() {
        return Set.copyOf(contacts);
    }

    public String language() {
        return language;
    }

    public boolean existingAccount() {
        return existingAccount;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Status status() {
        return status;
    }

    public InvitationView view(Instant now) {
        String shown = status == Status.PENDING && isExpired(now) ? "EXPIRED" : status.name();
        return new InvitationView(id, organization.id(), organization.name(), email, role,
                permissions.isEmpty() ? Set.of() : EnumSet.copyOf(permissions),
                contacts.isEmpty() ? Set.of() : EnumSet.copyOf(contacts), shown, existingAccount, createdAt,
                expiresAt);
    }

    public record Issued(Invitation invitation, String token) {
    }
}
