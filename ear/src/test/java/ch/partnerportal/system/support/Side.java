package ch.partnerportal.system.support;

/** One side of a partner relationship: an organization and its legal representative. */
public record Side(TestUser owner, String organization) {

    /** A partner of the programme, approved by the platform administrator given. */
    public static Side partner(TestUser platformAdmin) {
        TestUser owner = Keycloak.createUser();
        return new Side(owner, Portal.approvedPartner(owner, platformAdmin));
    }

    /** An organization outside the programme, with its own legal representative. */
    public static Side client() {
        TestUser owner = Keycloak.createUser();
        return new Side(owner, Portal.ownOrganization(owner));
    }
}
