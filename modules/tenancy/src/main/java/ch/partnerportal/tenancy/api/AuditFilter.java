package ch.partnerportal.tenancy.api;

import java.time.LocalDate;

/**
 * Which entries of an audit trail to list or export; each part is optional (null) and they add up.
 *
 * @param actorKind for example {@code partner}: only the entries of that kind of actor
 * @param actor     part of the actor's name or e-mail address, in any case
 * @param from      the first day, in Swiss time
 * @param to        the last day, in Swiss time, included
 */
public record AuditFilter(String actorKind, String actor, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);
}
