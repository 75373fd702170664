package ch.partnerportal.tenancy.api;

/**
 * What a caller wants to do with one kind of product. Members who hold the kind's permission may do
 * all three; a partner's user is granted technical changes and statistics separately (PAR-4), which is
 * why they are separate actions and not one "access".
 */
public enum ProductAction {
    /** See the product's settings, lists and credentials' names. */
    SEE,
    /** Technical changes: records, mailboxes, sites, credentials, users of a drive. */
    CHANGE,
    /** Usage over time (storage, traffic, visits, queries, messages). */
    STATISTICS
}
