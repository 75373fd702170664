package ch.partnerportal.api.boundary;

import ch.partnerportal.kernel.DecisionTimes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * Answers how long the request spent in the authorization decision point, as a {@code Server-Timing}
 * metric ({@code access;dur=0.412}, milliseconds), so that the benchmark measures the check's cost on
 * the same calls it times. It tells callers only about their own request.
 */
@Provider
@PreMatching
public class DecisionTiming implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        DecisionTimes.reset();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (DecisionTimes.decisions() > 0) {
            response.getHeaders().add("Server-Timing", String.format(Locale.ROOT, "access;dur=%.3f;desc=\"%d decisions\"",
                    DecisionTimes.nanos() / 1e6, DecisionTimes.decisions()));
        }
        DecisionTimes.reset();
    }
}
