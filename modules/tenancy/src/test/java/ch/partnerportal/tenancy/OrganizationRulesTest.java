package ch.partnerportal.tenancy;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.OrganizationDetails;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import ch.partnerportal.tenancy.organizations.entity.RoleChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private Account anna;
    private Account bruno;
    private Account carla;
    private Account dario;
    private Organization organization;

    @BeforeEach
    void setUp() throws Refusal {
        anna = Account.register("Anna.Rossi@Example.ch", "Anna Rossi", "it", NOW);
        bruno = Account.register("bruno@example.ch", "Bruno", "de", NOW);
        carla = Account.register("carla@example.ch", "Carla", "fr", NOW);
        dario = Account.register("dario@example.ch", "Dario", "en", NOW);
        organization = Organization.foundedBy(anna, "CH", NOW);
        organization.admit(bruno, Role.ADMINISTRATOR, Set.of(), Set.of(ContactTopic.TECHNICAL), NOW);
        organization.admit(carla, Role.COLLABORATOR, Set.of(ProductAccess.MAIL), Set.of(), NOW);
        organization.admit(dario, Role.EXTERNAL, Set.of(), Set.of(), NOW);
    }

    @Test
    void ORG_1_selfSignUpFoundsAnOrganizationNamedAfterThePersonWithThemAsLegalRepresentative() throws Refusal {
        Account eva = Account.register("eva@example.ch", "Eva Muster", "de", NOW);
        Organization own = Organization.foundedBy(eva, "CH", NOW);

        assertThat(own.name()).isEqualTo("Eva Muster");
        assertThat(own.memberships()).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.LEGAL_REPRESENTATIVE));
        assertThat(own.viewFor(eva).country()).isEqualTo("CH");
    }

    @Test
    void ORG_1_loginIdIsANormalizedEmailAddress() throws Refusal {
        assertThat(anna.email()).isEqualTo("anna.rossi@example.ch");
        assertThatThrownBy(() -> Account.register("not-an-address", "X", "en", NOW))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(TenancyError.INVALID_EMAIL));
        assertThatThrownBy(() -> Account.register("a@b@example.ch", "X", "en", NOW)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Account.register("x".repeat(250) + "@example.ch", "X", "en", NOW))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void ORG_4_onlyRealAddressesAreInvitedOrRegistered() throws Refusal {
        for (String bad : new String[] {"a@b..ch", "<script>@x.ch", "a\u0000b@example.ch", "anna@example",
                "\"anna rossi\"@example.ch", "anna@[192.0.2.1]", "anna@example.ch\r\nBcc: x@example.ch",
                "anna@exa mple.ch", "anna@.example.ch", "anna\u202e@example.ch", "\ud800@example.ch"}) {
            assertThatThrownBy(() -> Account.normalizeEmail(bad)).as(bad).isInstanceOfSatisfying(Refusal.class, r -> {
                assertThat(r.errorCode()).isEqualTo(TenancyError.INVALID_EMAIL);
                assertThat(r.getMessage()).doesNotContain("\u0000", "\r", "\n", "\u202e");
            });
        }
        assertThat(Account.normalizeEmail(" Anna.Rossi+Billing@Example.CH ")).isEqualTo("anna.rossi+billing@example.ch");
        assertThat(Account.normalizeEmail("o'brien@sub.example.co.uk")).isEqualTo("o'brien@sub.example.co.uk");
    }

    @Test
    void ORG_4_anInvitationsLanguageIsOneOfTheFour() throws Refusal {
        assertThat(Account.requireLanguage(" DE ")).isEqualTo("de");
        for (String bad : new String[] {"klingon", "", "de-CH", "x".repeat(10_000), null}) {
            assertThatThrownBy(() -> Account.requireLanguage(bad)).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.errorCode()).isEqualTo(TenancyError.UNKNOWN_LANGUAGE));
        }
        assertThat(Account.language("de-CH")).as("a browser's language is only a preference").isEqualTo("de");
    }

    @Test
    void ORG_2_oneAccountBelongsToSeveralOrganizations() throws Refusal {
        Organization other = Organization.foundedBy(bruno, "DE", NOW);
        assertThat(organization.membershipOf(bruno)).isPresent();
        assertThat(other.membershipOf(bruno)).isPresent();
        assertThat(other.viewFor(bruno).myRole()).isEqualTo(Role.LEGAL_REPRESENTATIVE);
        assertThat(organization.viewFor(bruno).myRole()).isEqualTo(Role.ADMINISTRATOR);
    }

    @Test
    void ORG_2_aMemberCannotBeAdmittedTwice() {
        assertThatThrownBy(() -> organization.admit(carla, Role.COLLABORATOR, Set.of(), Set.of(), NOW))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(TenancyError.ALREADY_MEMBER));
    }

    @Test
    void ORG_3_collaboratorCannotChangeTheOrganizationDetails() {
        OrganizationDetails details = new OrganizationDetails("Renamed", "Rue 1", "1200", "Genève", "CH", null);
        assertThatThrownBy(() -> organization.changeDetails(carla, details))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(TenancyError.INSUFFICIENT_RIGHTS));
        assertThatThrownBy(() -> organization.changeDetails(dario, details)).isInstanceOf(Refusal.class);
        assertThat(organization.name()).isEqualTo("Anna Rossi");
    }

    @Test
    void ORG_3_administratorChangesTheDetails() throws Refusal {
        organization.changeDetails(bruno,
                new OrganizationDetails("Rossi SA", "Via Cantonale 1", "6900", "Lugano", "ch", "CHE-123.456.789 IVA"));
        assertThat(organization.viewFor(anna).name()).isEqualTo("Rossi SA");
        assertThat(organization.viewFor(anna).country()).isEqualTo("CH");
        assertThat(organization.viewFor(anna).vatNumber()).isEqualTo("CHE-123.456.789 IVA");
    }

    @Test
    void ORG_3_badDetailsAreRefusedAndNothingChanges() {
        assertThatThrownBy(() -> organization.changeDetails(anna, new OrganizationDetails(" ", null, null, null, "CH", null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.errorCode()).isEqualTo(TenancyError.NAME_REQUIRED));
        assertThatThrownBy(() -> organization.changeDetails(anna, new OrganizationDetails("x".repeat(101), null, null, null, "CH", null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.errorCode()).isEqualTo(TenancyError.FIELD_TOO_LONG));
        assertThatThrownBy(() -> organization.changeDetails(anna, new OrganizationDetails("Ok", null, null, null, "XX", null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.errorCode()).isEqualTo(TenancyError.INVALID_COUNTRY));
        assertThatThrownBy(() -> organization.changeDetails(anna, new OrganizationDetails("Ok", null, null, null, "CH", "<script>")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.errorCode()).isEqualTo(TenancyError.INVALID_VAT_NUMBER));
        assertThat(organization.name()).isEqualTo("Anna Rossi");
    }

    @Test
    void ORG_3_collaboratorCannotRemoveOrChangeUsers() {
        assertThatThrownBy(() -> organization.remove(carla, List.of(dario.id())))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.errorCode()).isEqualTo(TenancyError.INSUFFICIENT_RIGHTS));
        assertThatThrownBy(() -> organization.changeRole(dario, carla.id(), Role.EXTERNAL))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> organization.requireMayGrant(carla, Role.COLLABORATOR)).isInstanceOf(Refusal.class);
        assertThat(organization.memberships()).hasSize(4);
    }

    @Test
    void ORG_3_nonMemberLearnsNothing() throws Refusal {
        Account stranger = Account.register("stranger@example.org", "S", "en", NOW);
        assertThatThrownBy(() -> organization.viewFor(stranger))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.errorCode()).isEqualTo(TenancyError.ORGANIZATION_NOT_FOUND));
    }

    @Test
    void ORG_4_onlyALegalRepresentativeGrantsTheLegalRepresentativeRole() throws Refusal {
        assertThatThrownBy(() -> organization.requireMayGrant(bruno, Role.LEGAL_REPRESENTATIVE))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(TenancyError.LEGAL_REPRESENTATIVE_RIGHTS_REQUIRED));
        organization.requireMayGrant(bruno, Role.ADMINISTRATOR);
        organization.requireMayGrant(anna, Role.LEGAL_REPRESENTATIVE);
    }

    @Test
    void ORG_4_permissionsAndContactPreferencesAreSetWhenAdding() throws Refusal {
        Account eva = Account.register("eva@example.ch", "Eva", "de", NOW);
        organization.admit(eva, Role.COLLABORATOR, EnumSet.of(ProductAccess.KDRIVE, ProductAccess.BILLING),
                EnumSet.of(ContactTopic.BILLING), NOW);
        var member = organization.membershipOf(eva).orElseThrow();
        assertThat(member.may(ProductAccess.KDRIVE)).isTrue();
        assertThat(member.may(ProductAccess.MAIL)).isFalse();
        assertThat(member.contacts()).containsExactly(ContactTopic.BILLING);
    }

    @Test
    void ORG_5_severalUsersAreRemovedInOneAction() throws Refusal {
        organization.remove(bruno, List.of(carla.id(), dario.id()));
        assertThat(organization.memberships()).extracting(m -> m.account().email())
                .containsExactlyInAnyOrder("anna.rossi@example.ch", "bruno@example.ch");
    }

    @Test
    void ORG_5_removalIsAllOrNothing() {
        assertThatThrownBy(() -> organization.remove(bruno, List.of(carla.id(), "no-such-account")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.errorCode()).isEqualTo(TenancyError.MEMBER_NOT_FOUND));
        assertThat(organization.memberships()).hasSize(4);
    }

    @Test
    void ORG_5_anyUserMayLeave() throws Refusal {
        organization.leave(dario);
        organization.leave(bruno);
        assertThat(organization.membershipOf(dario)).isEmpty();
        assertThat(organization.membershipOf(bruno)).isEmpty();
    }

    @Test
    void ORG_5_anAdministratorCannotRemoveALegalRepresentative() {
        assertThatThrownBy(() -> organization.remove(bruno, List.of(anna.id())))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(TenancyError.LEGAL_REPRESENTATIVE_RIGHTS_REQUIRED));
    }

    @Test
    void ORG_6_managerChangesPermissionsOfOthersAndOfThemselves() throws Refusal {
        organization.changeAccess(bruno, carla.id(), EnumSet.of(ProductAccess.KCHAT), EnumSet.of(ContactTopic.LEGAL));
        organization.changeAccess(bruno, bruno.id(), Set.of(), EnumSet.of(ContactTopic.BILLING));
        assertThat(organization.membershipOf(carla).orElseThrow().permissions()).containsExactly(ProductAccess.KCHAT);
        assertThat(organization.membershipOf(bruno).orElseThrow().contacts()).containsExactly(ContactTopic.BILLING);
    }

    @Test
    void ORG_6_collaboratorCannotChangeAnyonesPermissions() {
        assertThatThrownBy(() -> organization.changeAccess(carla, carla.id(), EnumSet.allOf(ProductAccess.class), Set.of()))
                .isInstanceOf(Refusal.class);
        assertThat(organization.membershipOf(carla).orElseThrow().permissions()).containsExactly(ProductAccess.MAIL);
    }

    @Test
    void ORG_7_lastLegalRepresentativeCannotBeRemoved() throws Refusal {
        Refusal refusal = catchRefusal(() -> organization.remove(anna, List.of(anna.id())));
        assertThat(refusal.errorCode()).isEqualTo(TenancyError.LAST_LEGAL_REPRESENTATIVE);
        assertThat(refusal.message(Locale.ENGLISH)).contains("Name another legal representative first");
        assertThat(organization.legalRepresentativeCount()).isEqualTo(1);
    }

    @Test
    void ORG_7_lastLegalRepresentativeCannotLeave() {
        assertThat(catchRefusal(() -> organization.leave(anna)).errorCode())
                .isEqualTo(TenancyError.LAST_LEGAL_REPRESENTATIVE);
        assertThat(organization.membershipOf(anna)).isPresent();
    }

    @Test
    void ORG_7_lastLegalRepresentativeCannotBeDemoted() {
        assertThat(catchRefusal(() -> organization.changeRole(anna, anna.id(), Role.ADMINISTRATOR)).errorCode())
                .isEqualTo(TenancyError.LAST_LEGAL_REPRESENTATIVE);
        assertThat(organization.membershipOf(anna).orElseThrow().role()).isEqualTo(Role.LEGAL_REPRESENTATIVE);
    }

    @Test
    void ORG_7_removingBothLegalRepresentativesAtOnceIsRefused() throws Refusal {
        organization.changeRole(anna, bruno.id(), Role.LEGAL_REPRESENTATIVE);
        assertThat(catchRefusal(() -> organization.remove(anna, List.of(anna.id(), bruno.id()))).errorCode())
                .isEqualTo(TenancyError.LAST_LEGAL_REPRESENTATIVE);
        assertThat(organization.legalRepresentativeCount()).isEqualTo(2);
    }

    @Test
    void ORG_7_aLegalRepresentativeGoesOnceAnotherIsNamed() throws Refusal {
        organization.changeRole(anna, carla.id(), Role.LEGAL_REPRESENTATIVE);
        organization.leave(anna);
        assertThat(organization.legalRepresentativeCount()).isEqualTo(1);
        assertThat(organization.membershipOf(carla).orElseThrow().isLegalRepresentative()).isTrue();
    }

    @Test
    void ORG_7_theRefusalIsTranslated() {
        Refusal refusal = catchRefusal(() -> organization.leave(anna));
        assertThat(refusal.message(Locale.GERMAN)).contains("gesetzlichen Vertreter");
        assertThat(refusal.message(Locale.FRENCH)).contains("représentant légal");
        assertThat(refusal.message(Locale.ITALIAN)).contains("rappresentante legale");
        assertThat(refusal.message(Locale.forLanguageTag("ja"))).contains("legal representative");
    }

    @Test
    void ORG_9_roleChangeSaysWhatChanged() throws Refusal {
        RoleChange change = organization.changeRole(bruno, carla.id(), Role.ADMINISTRATOR);
        assertThat(change.changed()).isTrue();
        assertThat(change.before()).isEqualTo(Role.COLLABORATOR);
        assertThat(change.after()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(organization.changeRole(bruno, carla.id(), Role.ADMINISTRATOR).changed()).isFalse();
    }

    @Test
    void ORG_7_anIdentityAdministratorCannotDemoteOrRemoveTheLastLegalRepresentative() {
        assertThat(catchRefusal(() -> organization.changeRoleAsIdentityAdministrator(anna.id(), Role.ADMINISTRATOR))
                .errorCode()).isEqualTo(TenancyError.LAST_LEGAL_REPRESENTATIVE);
        assertThat(catchRefusal(() -> organization.removeAsIdentityAdministrator(anna.id())).errorCode())
                .isEqualTo(TenancyError.LAST_LEGAL_REPRESENTATIVE);
        assertThat(organization.membershipOf(anna).orElseThrow().role()).isEqualTo(Role.LEGAL_REPRESENTATIVE);
    }

    @Test
    void ORG_6_anIdentityAdministratorChangesRolesAndPermissionsWithoutARoleInTheOrganization() throws Refusal {
        RoleChange promoted = organization.changeRoleAsIdentityAdministrator(carla.id(), Role.LEGAL_REPRESENTATIVE);
        assertThat(promoted.before()).isEqualTo(Role.COLLABORATOR);
        assertThat(organization.legalRepresentativeCount()).isEqualTo(2);
        organization.changeRoleAsIdentityAdministrator(anna.id(), Role.ADMINISTRATOR);
        assertThat(organization.legalRepresentativeCount()).as("carla is one now").isEqualTo(1);

        organization.changePermissionAsIdentityAdministrator(dario.id(), ProductAccess.KDRIVE, true);
        assertThat(organization.membershipOf(dario).orElseThrow().permissions()).containsExactly(ProductAccess.KDRIVE);
        organization.changePermissionAsIdentityAdministrator(dario.id(), ProductAccess.KDRIVE, false);
        assertThat(organization.membershipOf(dario).orElseThrow().permissions()).isEmpty();
    }

    @Test
    void ORG_3_aManagersPermissionsCannotBeTakenOneByOne() {
        assertThat(catchRefusal(() -> organization.changePermissionAsIdentityAdministrator(bruno.id(),
                ProductAccess.MAIL, false)).errorCode()).isEqualTo(TenancyError.PERMISSION_IMPLIED_BY_ROLE);
        assertThat(organization.membershipOf(bruno).orElseThrow().may(ProductAccess.MAIL)).isTrue();
    }

    @Test
    void ORG_5_anIdentityAdministratorRemovesAMember() throws Refusal {
        organization.removeAsIdentityAdministrator(dario.id());
        assertThat(organization.membershipOf(dario)).isEmpty();
        assertThat(catchRefusal(() -> organization.removeAsIdentityAdministrator(dario.id())).errorCode())
                .isEqualTo(TenancyError.MEMBER_NOT_FOUND);
    }

    private static Refusal catchRefusal(ThrowingAction action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal;
        }
        throw new AssertionError("expected a refusal");
    }

    @FunctionalInterface
    interface ThrowingAction {
        void run() throws Refusal;
    }

    @Test
    void ORG_3_whoManagesTheOrganizationMayUseEveryProductWhateverWasGranted() {
        var granted = Set.of(ProductAccess.DOMAINS);
        var administrator = new MemberView("a", "a@example.ch", "A",
                Role.ADMINISTRATOR, granted, Set.of(), Instant.EPOCH);
        assertThat(administrator.effectivePermissions())
                .containsExactlyInAnyOrder(ProductAccess.values());
        assertThat(administrator.permissions()).as("kept for a later role change")
                .isEqualTo(granted);
        var collaborator = new MemberView("c", "c@example.ch", "C",
                Role.COLLABORATOR, granted, Set.of(), Instant.EPOCH);
        assertThat(collaborator.effectivePermissions()).isEqualTo(granted);
    }
}
