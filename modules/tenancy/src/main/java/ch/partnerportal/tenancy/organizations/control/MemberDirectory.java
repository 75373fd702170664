package ch.partnerportal.tenancy.organizations.control;

import ch.partnerportal.tenancy.accounts.entity.MemberChanges;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members of each organization read lately, kept in memory for the users page, which every
 * member opens and Derby answers slowly under load (README, benchmarks). Correct because nothing
 * stale is ever answered: every committed or rolled back transaction that wrote a membership or an
 * account moves one generation on ({@link MemberChanges}), a list is kept with the generation seen
 * before it was read, and only a list of the current generation is used. Kept only where one server
 * owns the database ({@code portal.single-server}, true with embedded Derby): servers sharing
 * PostgreSQL would not see each other's changes, and PostgreSQL reads concurrently anyway.
 */
@ApplicationScoped
public class MemberDirectory {

    /** Larger organizations are paged by the database: their list would cost more memory than it saves. */
    public static final int LARGEST = 500;

    /** Organizations kept at most; beyond, all are forgotten and read again as they are asked for. */
    static final int MOST = 2_000;

    private final Map<String, Kept> organizations = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "portal.single-server", defaultValue = "false")
    boolean singleServer;

    private record Kept(long generation, List<MemberView> members) {
    }

    public boolean enabled() {
        return singleServer;
    }

    /** To take before reading the members from the database, and to give with them to {@link #keep}. */
    public long generation() {
        return MemberChanges.generation();
    }

    public Optional<List<MemberView>> members(String organizationId) {
        Kept kept = organizations.get(organizationId);
        return kept != null && kept.generation() == MemberChanges.generation() ? Optional.of(kept.members()) : Optional.empty();
    }

    public void keep(String organizationId, long generationBeforeReading, List<MemberView> members) {
        if (members.size() > LARGEST || generationBeforeReading != MemberChanges.generation()) {
            return;
        }
        if (organizations.size() >= MOST) {
            organizations.clear();
        }
        organizations.put(organizationId, new Kept(generationBeforeReading, List.copyOf(members)));
    }

    /**
     * A page of the list as the database would give it: filtered by a text in the e-mail address or
     * the name (lower case), sorted by a field and then by account.
     */
    public static Page<MemberView> page(List<MemberView> members, String search, int first, int size, String sortField,
                                        boolean descending) {
        String text = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT)
                .replace("%", "").replace("_", "");
        Comparator<MemberView> by = switch (sortField == null ? "" : sortField) {
            case "email" -> Comparator.comparing(MemberView::email);
            case "role" -> Comparator.comparing(member -> member.role().name());
            case "joinedAt" -> Comparator.comparing(MemberView::joinedAt);
            default -> Comparator.comparing(MemberView::displayName);
        };
        List<MemberView> matching = members.stream()
                .filter(m -> text == null || m.email().toLowerCase(Locale.ROOT).contains(text)
                        || m.displayName().toLowerCase(Locale.ROOT).contains(text))
                .sorted((descending ? by.reversed() : by).thenComparing(MemberView::accountId))
                .toList();
        int from = Math.min(Math.max(0, first), matching.size());
        int to = Math.min(matching.size(), from + Math.max(1, size));
        return new Page<>(matching.subList(from, to), matching.size());
    }
}
