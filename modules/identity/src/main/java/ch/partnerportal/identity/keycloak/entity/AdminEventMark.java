package ch.partnerportal.identity.keycloak.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The high-water mark of Keycloak's admin events: the time of the newest event taken in and the ids
 * of all events taken in at that millisecond. Keycloak answers events from a time on, that time
 * included, so the ids tell which of those were already taken in.
 */
@Entity
@Table(name = "keycloak_event_mark")
public class AdminEventMark {

    public static final String ADMIN_EVENTS = "admin-events";
    private static final int MAX_IDS = 4000;

    @Id
    @Column(length = 30)
    private String id;

    @Column(name = "last_time", nullable = false)
    private long lastTime;

    @Column(name = "last_ids", nullable = false, length = MAX_IDS)
    private String lastIds;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected AdminEventMark() {
    }

    /** A mark that starts after the event {@code eventId} at {@code time} (or at 0 with no event). */
    public AdminEventMark(long time, String eventId, Instant now) {
        this.id = ADMIN_EVENTS;
        this.lastTime = time;
        this.lastIds = eventId == null ? "" : eventId;
        this.readAt = now;
    }

    public long from() {
        return lastTime;
    }

    /** Whether the event was taken in already (or lies before the mark). */
    public boolean covers(long time, String eventId) {
        return time < lastTime || time == lastTime && ids().contains(eventId);
    }

    public void advance(long time, String eventId, Instant now) {
        if (covers(time, eventId)) {
            return;
        }
        if (time > lastTime) {
            lastTime = time;
            lastIds = eventId;
        } else {
            String more = lastIds.isEmpty() ? eventId : lastIds + "," + eventId;
            // a thousand events in one millisecond do not happen; if they did, the oldest ids go
            lastIds = more.length() <= MAX_IDS ? more : more.substring(more.length() - MAX_IDS);
        }
        readAt = now;
    }

    private Set<String> ids() {
        return lastIds.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(lastIds.split(",")));
    }
}
