package ch.partnerportal.services.mail.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A mailbox of a mail service, in a domain its organization holds. It signs in with its own password
 * (IDN-2), kept only as a hash, or, unified (IDN-3), with the login password of the one account whose
 * login ID is its address and that alone reads it. Aliases deliver into it; forwarding sends a copy on.
 */
@Entity
@Table(name = "mailbox")
@NamedQuery(name = "Mailbox.byAddress", query = "select m from Mailbox m where m.address = :address")
public class Mailbox {

    public static final int MAX_ALIASES = 20;
    public static final int MAX_FORWARDS = 10;

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "product_id", nullable = false, length = 36, updatable = false)
    private String productId;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Column(nullable = false, length = 254, updatable = false)
    private String address;

    /** Argon2id, PHC string; empty while unified or after a unification ended and until a new one is set. */
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "unified_account_id", length = 36)
    private String unifiedAccountId;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ElementCollection
    @CollectionTable(name = "mailbox_reader", joinColumns = @JoinColumn(name = "mailbox_id"))
    @Column(name = "account_id", length = 36)
    private Set<String> readers = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "mailbox_team_reader", joinColumns = @JoinColumn(name = "mailbox_id"))
    @Column(name = "team_id", length = 36)
    private Set<String> teamReaders = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "mailbox_alias", joinColumns = @JoinColumn(name = "mailbox_id"))
    @Column(name = "address", length = 254)
    private Set<String> aliases = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "mailbox_forward", joinColumns = @JoinColumn(name = "mailbox_id"))
    @Column(name = "address", length = 254)
    private Set<String> forwards = new LinkedHashSet<>();

    @Column(name = "keep_copy", nullable = false)
    private boolean keepCopy = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Mailbox() {
    }

    /** @param address checked by {@link MailAddress} and found free */
    public static Mailbox opened(String productId, String organizationId, MailAddress address, String passwordHash,
                                 Instant now) {
        Mailbox mailbox = new Mailbox();
        mailbox.id = UUID.randomUUID().toString();
        mailbox.productId = productId;
        mailbox.organizationId = organizationId;
        mailbox.address = address.text();
        mailbox.passwordHash = passwordHash;
        mailbox.passwordChangedAt = now;
        mailbox.createdAt = now;
        return mailbox;
    }

    /** IDN-2: its own password; a unification ends with it. */
    public void passwordSet(String hash, Instant now) {
        passwordHash = hash;
        unifiedAccountId = null;
        passwordChangedAt = now;
    }

    /**
     * IDN-3: offered if and only if an account's login ID is this address, it is the only account that
     * reads this mailbox, and it may change this mailbox's password.
     *
     * @param account            the account whose login ID is this address, if one is a member
     * @param accountMayChangeIt whether that account may change this mailbox's password
     * @param effectiveReaders   the accounts that read it, in person and through teams (ORG-8: they add up)
     */
    public boolean unificationOffered(Optional<String> account, boolean accountMayChangeIt,
                                      Set<String> effectiveReaders) {
        return account.isPresent() && effectiveReaders.equals(Set.of(account.get())) && accountMayChangeIt;
    }

    public void unify(Optional<String> account, boolean accountMayChangeIt, Set<String> effectiveReaders, Instant now)
            throws Refusal {
        if (!unificationOffered(account, accountMayChangeIt, effectiveReaders)) {
            throw new Refusal(ServicesError.UNIFICATION_NOT_OFFERED);
        }
        unifiedAccountId = account.get();
        // the login password is Keycloak's: nothing of the mailbox's own is kept
        passwordHash = null;
        passwordChangedAt = now;
    }

    public void readBy(String accountId) {
        readers.add(accountId);
    }

    public void readByTeam(String teamId) {
        teamReaders.add(teamId);
    }

    public void noLongerReadBy(String accountId) {
        readers.remove(accountId);
    }

    public void noLongerReadByTeam(String teamId) {
        teamReaders.remove(teamId);
    }

    /**
     * IDN-3: a unification lasts while its account alone reads the mailbox.
     *
     * @param effectiveReaders who reads it now, in person and through teams
     * @return the account whose unification ended (the mailbox has no password until one is set)
     */
    public Optional<String> unificationEndsUnless(Set<String> effectiveReaders) {
        if (unifiedAccountId != null && !effectiveReaders.equals(Set.of(unifiedAccountId))) {
            String ended = unifiedAccountId;
            unifiedAccountId = null;
            return Optional.of(ended);
        }
        return Optional.empty();
    }

    public void aliases(List<String> addresses) throws Refusal {
        if (addresses.size() > MAX_ALIASES) {
            throw new Refusal(ServicesError.TOO_MANY_ADDRESSES, MAX_ALIASES);
        }
        aliases = new TreeSet<>(addresses);
    }

    public void forwardTo(List<String> addresses, boolean keepingACopy) throws Refusal {
        if (addresses.size() > MAX_FORWARDS) {
            throw new Refusal(ServicesError.TOO_MANY_ADDRESSES, MAX_FORWARDS);
        }
        if (addresses.contains(address)) {
            throw new Refusal(ServicesError.FORWARD_TO_ITSELF);
        }
        forwards = new LinkedHashSet<>(addresses);
        keepCopy = addresses.isEmpty() || keepingACopy;
    }

    public boolean isUnified() {
        return unifiedAccountId != null;
    }

    public Optional<String> unifiedAccountId() {
        return Optional.ofNullable(unifiedAccountId);
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
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

    public String address() {
        return address;
    }

    public String localPart() {
        return address.substring(0, address.lastIndexOf('@'));
    }

    public Set<String> readers() {
        return Set.copyOf(readers);
    }

    public Set<String> teamReaders() {
        return Set.copyOf(teamReaders);
    }

    public Set<String> aliases() {
        return Set.copyOf(aliases);
    }

    public List<String> forwards() {
        return List.copyOf(forwards);
    }

    public boolean keepsCopy() {
        return keepCopy;
    }

    public Optional<Instant> passwordChangedAt() {
        return Optional.ofNullable(passwordChangedAt);
    }
}
