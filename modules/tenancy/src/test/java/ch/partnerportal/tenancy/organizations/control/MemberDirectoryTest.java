package ch.partnerportal.tenancy.organizations.control;

import ch.partnerportal.tenancy.accounts.entity.MemberChanges;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.Page;
import ch.partnerportal.tenancy.api.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MemberDirectoryTest {

    private static MemberView member(String id, String email, String name, Role role, int day) {
        return new MemberView(id, email, name, role, Set.of(), Set.of(), Instant.parse("2026-11-01T00:00:00Z")
                .plusSeconds(86_400L * day));
    }

    private static final List<MemberView> MEMBERS = List.of(
            member("a3", "zoe@example.ch", "Zoé Keller", Role.COLLABORATOR, 3),
            member("a1", "anna@example.ch", "Anna Rossi", Role.LEGAL_REPRESENTATIVE, 1),
            member("a2", "marco@rossi.ch", "Marco Bianchi", Role.ADMINISTRATOR, 2),
            member("a4", "luca@example.ch", "Anna Rossi", Role.COLLABORATOR, 4));

    private static List<String> ids(Page<MemberView> page) {
        return page.items().stream().map(MemberView::accountId).toList();
    }

    @Test
    void ORG_3_theUsersPageFiltersSortsAndPagesAsTheDatabaseWould() {
        assertThat(ids(MemberDirectory.page(MEMBERS, null, 0, 50, null, false)))
                .as("by name, then by account").containsExactly("a1", "a4", "a2", "a3");
        assertThat(ids(MemberDirectory.page(MEMBERS, null, 0, 50, "joinedAt", true))).containsExactly("a4", "a3", "a2", "a1");
        assertThat(ids(MemberDirectory.page(MEMBERS, null, 0, 50, "email", false))).containsExactly("a1", "a4", "a2", "a3");
        assertThat(ids(MemberDirectory.page(MEMBERS, null, 0, 50, "role", false)))
                .as("by the role's stored name").containsExactly("a2", "a3", "a4", "a1");

        Page<MemberView> rossi = MemberDirectory.page(MEMBERS, " ROSSI ", 0, 50, null, false);
        assertThat(ids(rossi)).as("in the name or the address, any case").containsExactly("a1", "a4", "a2");
        assertThat(rossi.total()).isEqualTo(3);

        Page<MemberView> second = MemberDirectory.page(MEMBERS, null, 2, 2, null, false);
        assertThat(ids(second)).containsExactly("a2", "a3");
        assertThat(second.total()).isEqualTo(4);
        assertThat(MemberDirectory.page(MEMBERS, null, 10, 2, null, false).items()).isEmpty();
        assertThat(ids(MemberDirectory.page(MEMBERS, "100%_", 0, 50, null, false)))
                .as("like's wildcards are dropped, as in the query").isEmpty();
    }

    @Test
    void ORG_3_aListReadBeforeAWriteEndedIsNeverAnswered() throws Exception {
        MemberDirectory directory = new MemberDirectory();
        long before = directory.generation();
        directory.keep("org", before, MEMBERS);
        assertThat(directory.members("org")).contains(MEMBERS);

        written();
        assertThat(directory.members("org")).as("a membership or an account was written").isEmpty();

        long seen = directory.generation();
        written(); // while the list was being read
        directory.keep("org", seen, MEMBERS.subList(0, 1));
        assertThat(directory.members("org")).as("read across a write: not kept").isEmpty();
    }

    @Test
    void ORG_3_aLargeOrganizationIsLeftToTheDatabase() {
        MemberDirectory directory = new MemberDirectory();
        List<MemberView> many = java.util.stream.IntStream.rangeClosed(0, MemberDirectory.LARGEST)
                .mapToObj(i -> member("a" + i, i + "@example.ch", "M " + i, Role.COLLABORATOR, 1)).toList();
        directory.keep("large", directory.generation(), many);
        assertThat(directory.members("large")).isEmpty();
    }

    /** What the entity listener does when a membership or an account is written (outside a transaction here). */
    private static void written() throws Exception {
        Method written = MemberChanges.class.getDeclaredMethod("written", Object.class);
        written.setAccessible(true);
        written.invoke(new MemberChanges(), new Object());
    }
}
