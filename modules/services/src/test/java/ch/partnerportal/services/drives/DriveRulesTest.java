package ch.partnerportal.services.drives;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.drives.entity.Drive;
import ch.partnerportal.services.drives.entity.DriveRole;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Roles in a kDrive drive, in person and through teams (ORG-8). */
class DriveRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static Drive drive() throws Refusal {
        return Drive.made("product", "organization", "Team drive", 100, NOW);
    }

    @Test
    void ORG_8_forKDriveAPersonsOwnRoleOverridesTheTeams() throws Refusal {
        Drive drive = drive();
        drive.grantTeam("designers", DriveRole.MANAGE);
        drive.grant("anna", DriveRole.READ);
        assertThat(drive.roleOf("anna", List.of("designers"))).as("her own, though lower").contains(DriveRole.READ);
        drive.revoke("anna");
        assertThat(drive.roleOf("anna", List.of("designers"))).contains(DriveRole.MANAGE);
    }

    @Test
    void ORG_8_withoutAnOwnRoleTheHighestTeamRoleCounts() throws Refusal {
        Drive drive = drive();
        drive.grantTeam("readers", DriveRole.READ);
        drive.grantTeam("writers", DriveRole.WRITE);
        assertThat(drive.roleOf("bruno", List.of("readers", "writers"))).contains(DriveRole.WRITE);
        assertThat(drive.roleOf("bruno", List.of("readers"))).contains(DriveRole.READ);
        assertThat(drive.roleOf("bruno", List.of("others"))).isEmpty();
    }

    @Test
    void drivesHaveANameAQuotaAndRolesThatExist() {
        assertThatThrownBy(() -> DriveRole.parse("owner")).extracting(e -> ((Refusal) e).errorCode())
                .isEqualTo(ServicesError.DRIVE_ROLE_UNKNOWN);
        assertThatThrownBy(() -> Drive.made("p", "o", " ", 10, NOW)).extracting(e -> ((Refusal) e).errorCode())
                .isEqualTo(ServicesError.DRIVE_NAME_INVALID);
        assertThatThrownBy(() -> Drive.made("p", "o", "Drive", 0, NOW)).extracting(e -> ((Refusal) e).errorCode())
                .isEqualTo(ServicesError.NUMBER_OUT_OF_RANGE);
    }
}
