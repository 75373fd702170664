package ch.partnerportal.tenancy.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Which entries of an audit trail to list or export; each part is optional (null, or blank text) and
 * they add up.
 *
 * @param actorKind one of {@link #ACTOR_KINDS}: only the entries of that kind of actor
 * @param actor     part of the actor's name or e-mail address, in any case
 * @param from      the first day, in Swiss time
 * @param to        the last day, in Swiss time, included
 */
public record AuditFilter(String actorKind, String actor, LocalDate from, LocalDate to) {

    /** The kinds of actor an audit trail records. */
    public static final List<String> ACTOR_KINDS = List.of("identity-administrator", "partner", "member");

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);

    public AuditFilter {
        actorKind = blankless(actorKind);
        actor = blankless(actor);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
