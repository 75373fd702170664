package ch.partnerportal.tenancy;

import ch.partnerportal.tenancy.api.AdministeredChange;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdministeredChangeTest {

    private static AdministeredChange joined(String group, String... now) {
        return new AdministeredChange(AdministeredChange.Kind.GROUP_JOINED, "org", "anna@example.ch", group, Set.of(now));
    }

    @Test
    void ORG_3_aGroupNamesARoleOrAPermissionOrNothingTheRulesKnow() {
        assertThat(joined("administrator").role()).contains(Role.ADMINISTRATOR);
        assertThat(joined("legal-representative").role()).contains(Role.LEGAL_REPRESENTATIVE);
        assertThat(joined("permissions/web-hosting").permission()).contains(ProductAccess.WEB_HOSTING);
        assertThat(joined("permissions/web-hosting").role()).isEmpty();
        assertThat(joined("permissions/teleport").namesPermission()).isTrue();
        assertThat(joined("permissions/teleport").permission()).isEmpty();
        assertThat(joined("superuser").role()).isEmpty();
        assertThat(joined("").role()).isEmpty();
        assertThat(joined("administrator/x").role()).isEmpty();
    }

    @Test
    void ORG_6_leavingOneRolesGroupWhileInAnothersIsAMove() {
        AdministeredChange left = new AdministeredChange(AdministeredChange.Kind.GROUP_LEFT, "org", "a@example.ch",
                "collaborator", Set.of("administrator", "permissions/mail"));
        assertThat(left.otherRoleNow()).contains(Role.ADMINISTRATOR);
        AdministeredChange alone = new AdministeredChange(AdministeredChange.Kind.GROUP_LEFT, "org", "a@example.ch",
                "collaborator", Set.of("permissions/mail"));
        assertThat(alone.otherRoleNow()).isEmpty();
    }
}
