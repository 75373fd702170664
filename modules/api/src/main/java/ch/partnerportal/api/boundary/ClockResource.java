package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.ClockSetting;
import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.kernel.ClockMoved;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.SystemClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Duration;

/**
 * The system tests' clock: on a server started with {@code portal.clock.adjustable=true} a platform
 * administrator moves the portal's clock ahead, so grants, elevations and renewals are seen to end
 * without waiting; what timers would have done by then is done before the answer ({@link ClockMoved}).
 * Any other server answers as if the path did not exist. Moving it back leaves what was written while
 * it ran ahead dated in the future, so a test keeps its window short and puts it back at once.
 */
// one instance for all requests: made and injected once, not per request
@ApplicationScoped
@Path("1/platform/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "API-008 only platform administrators move the clock")
@APIResponse(responseCode = "404", description = "API-004 not a server whose clock moves")
public class ClockResource {

    @Inject
    SystemClock clock;

    @Inject
    Event<ClockMoved> moves;

    @GET
    @APIResponse(responseCode = "200", description = "How far ahead the clock runs")
    public ClockSetting read() throws Refusal {
        requireAdjustable();
        return new ClockSetting((int) clock.ahead().toSeconds());
    }

    @PUT
    @APIResponse(responseCode = "200", description = "The clock runs that far ahead from now on")
    @APIResponse(responseCode = "400", description = "API-016 not 0 to 366 days in seconds")
    public ClockSetting move(ClockSetting setting) throws Refusal {
        requireAdjustable();
        clock.runAhead(Duration.ofSeconds(setting.aheadSeconds()));
        moves.fire(new ClockMoved(clock.ahead()));
        return new ClockSetting((int) clock.ahead().toSeconds());
    }

    private void requireAdjustable() throws Refusal {
        if (!clock.adjustable()) {
            throw new Refusal(ApiError.NOT_FOUND);
        }
    }
}
