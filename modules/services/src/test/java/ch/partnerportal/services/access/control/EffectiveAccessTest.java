package ch.partnerportal.services.access.control;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.chat.entity.ChatRole;
import ch.partnerportal.services.chat.entity.ChatSpace;
import ch.partnerportal.services.drives.entity.Drive;
import ch.partnerportal.services.drives.entity.DriveRole;
import ch.partnerportal.services.mail.entity.MailAddress;
import ch.partnerportal.services.mail.entity.Mailbox;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TeamView;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ORG-8 worked out in one place: mail access and kChat places add up, a kDrive role of one's own
 * overrides the team's.
 */
class EffectiveAccessTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final String ORGANIZATION = "organization";

    /** Tenancy as far as this class asks it: two teams and three members. */
    private static final class Tenancy implements TenantAccess {
        final Map<String, TeamView> teams = Map.of(
                "support", new TeamView("support", "Support", Set.of(ProductAccess.MAIL), List.of("bruno", "carla")),
                "design", new TeamView("design", "Design", Set.of(), List.of("anna")));

        @Override
        public TenantProfile require(String organizationId, ProductAccess kind, ProductAction action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MemberRights caller(String organizationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<MemberRights> member(String organizationId, String accountId) {
            if (!Set.of("anna", "bruno", "carla").contains(accountId)) {
                return Optional.empty();
            }
            List<String> of = teams.values().stream().filter(t -> t.members().contains(accountId)).map(TeamView::id)
                    .toList();
            return Optional.of(new MemberRights(accountId, accountId + "@rossi.ch", accountId, Locale.ENGLISH,
                    Role.COLLABORATOR, Set.of(), of));
        }

        @Override
        public Optional<MemberRights> memberByLoginId(String organizationId, String loginId) {
            return Optional.empty();
        }

        @Override
        public Optional<TeamView> team(String organizationId, String teamId) {
            return ORGANIZATION.equals(organizationId) ? Optional.ofNullable(teams.get(teamId)) : Optional.empty();
        }
    }

    private final EffectiveAccess access = new EffectiveAccess();

    EffectiveAccessTest() {
        access.tenants = new Tenancy();
    }

    @Test
    void ORG_8_forMailIndividualAndTeamReadersAddUp() throws Refusal {
        Mailbox mailbox = Mailbox.opened("product", ORGANIZATION, MailAddress.parse("info@rossi.ch"), "hash", NOW);
        mailbox.readBy("anna");
        mailbox.readByTeam("support");
        assertThat(access.readersOf(mailbox)).containsExactlyInAnyOrder("anna", "bruno", "carla");
        mailbox.noLongerReadByTeam("support");
        assertThat(access.readersOf(mailbox)).containsExactly("anna");
        mailbox.readByTeam("another-organizations-team");
        assertThat(access.readersOf(mailbox)).containsExactly("anna");
    }

    @Test
    void ORG_8_forKDriveAnOwnRoleOverridesTheTeamsAndOnlyMembersHaveOne() throws Refusal {
        Drive drive = Drive.made("product", ORGANIZATION, "Shared", 10, NOW);
        drive.grantTeam("support", DriveRole.MANAGE);
        drive.grant("bruno", DriveRole.READ);
        assertThat(access.roleOf(drive, "bruno")).contains(DriveRole.READ);
        assertThat(access.roleOf(drive, "carla")).contains(DriveRole.MANAGE);
        assertThat(access.roleOf(drive, "anna")).isEmpty();
        drive.grant("stranger", DriveRole.MANAGE);
        assertThat(access.roleOf(drive, "stranger")).as("not a member of the organization").isEmpty();
    }

    @Test
    void ORG_8_forKChatThePeopleInPersonAndThroughTeamsAddUpAndOnlyMembersCount() {
        ChatSpace space = ChatSpace.provisioned("product", ORGANIZATION, "Chat", NOW);
        space.add("anna", ChatRole.ADMIN);
        space.add("stranger", ChatRole.MEMBER);
        space.addTeam("support");
        space.add("bruno", ChatRole.ADMIN);
        assertThat(access.peopleOf(space)).as("the stranger left the organization").containsExactly(
                Map.entry("anna", ChatRole.ADMIN), Map.entry("bruno", ChatRole.ADMIN),
                Map.entry("carla", ChatRole.MEMBER));
        space.removeTeam("support");
        assertThat(access.peopleOf(space)).containsOnlyKeys("anna", "bruno");
        assertThat(access.roleOf(space, "carla")).isEmpty();
    }
}
