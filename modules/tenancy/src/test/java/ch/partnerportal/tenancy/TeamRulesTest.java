package ch.partnerportal.tenancy;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.teams.entity.Team;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ORG-8: work teams. */
class TeamRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void ORG_8_aTeamCarriesPermissionsAndAMemberMayBeInSeveralTeams() throws Refusal {
        Team support = Team.founded("org", " Support ", Set.of(ProductAccess.MAIL), NOW);
        Team design = Team.founded("org", "Design", Set.of(ProductAccess.KDRIVE), NOW);
        assertThat(support.name()).isEqualTo("Support");
        assertThat(support.join("anna")).isTrue();
        assertThat(support.join("anna")).as("once").isFalse();
        assertThat(design.join("anna")).isTrue();
        assertThat(support.view().members()).containsExactly("anna");
        assertThat(support.grant(Set.of(ProductAccess.MAIL))).as("nothing changed, nobody is told").isFalse();
        assertThat(support.grant(Set.of(ProductAccess.MAIL, ProductAccess.DOMAINS))).isTrue();
        assertThat(support.permissions()).containsExactlyInAnyOrder(ProductAccess.MAIL, ProductAccess.DOMAINS);
        assertThat(support.leave("anna")).isTrue();
        assertThat(support.leave("anna")).isFalse();
    }

    @Test
    void ORG_8_aTeamHasANameOfOneLine() {
        for (String name : new String[] {null, " ", "x".repeat(Team.MAX_NAME + 1)}) {
            assertThatThrownBy(() -> Team.founded("org", name, Set.of(), NOW)).isInstanceOf(Refusal.class)
                    .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(TenancyError.TEAM_NAME_INVALID);
        }
        assertThatThrownBy(() -> Team.founded("org", "two\nlines", Set.of(), NOW)).isInstanceOf(Refusal.class);
    }
}
