package ch.partnerportal.tenancy.api;

/** One organization as its member sees it, with what that member may do. */
public record OrganizationView(String id, String name, String street, String postalCode, String city,
                               String country, String vatNumber, Role myRole, long memberCount) {

    public boolean mayManage() {
        return myRole.mayManage();
    }
}
