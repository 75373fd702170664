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

    /** The same, with what the change found and left. */
    void partner(String organizationId, String loginId, String partnerOrganizationId, String action, String subject,
                 String detail, String before, String after);

    /**
     * What the partner's change being made in this transaction found and left (a DNS record before and
     * after, for instance): added to the entry the decision point wrote for it; nothing when the caller
     * is a member, whose changes are not in the trail.
     */
    void found(String organizationId, String before, String after);

    /** One of the organization's members deciding about a partner's user (an elevation answered, ended). */
    void member(String organizationId, String loginId, String action, String subject, String detail);
}
