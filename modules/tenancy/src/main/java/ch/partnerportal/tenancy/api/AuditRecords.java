package ch.partnerportal.tenancy.api;

/**
 * For the modules that act on an organization for someone who is not its member, or decide about such
 * a person: they write to the organization's audit trail, in the caller's transaction, so a change
 * refused after the entry leaves no entry either. Entries are never changed.
 */
public interface AuditRecords {

    /** A partner's user, named as the trail shows it: its login ID and its partner's name. */
    void partner(String organizationId, String loginId, String partnerOrganizationId, String action, String subject,
                 String detail);

    /** One of the organization's members deciding about a partner's user (an elevation answered, ended). */
    void member(String organizationId, String loginId, String action, String subject, String detail);
}
