package ch.partnerportal.api.boundary;

import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.api.problems.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;

/** API-2: {@code /api/organizations} is {@code /api/1/organizations}; unknown versions are refused. */
@Provider
@PreMatching
@Priority(100)
public class LatestVersion implements ContainerRequestFilter {

    public static final String LATEST = "1";

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        String first = trimmed.contains("/") ? trimmed.substring(0, trimmed.indexOf('/')) : trimmed;
        if (first.matches("\\d+")) {
            if (!LATEST.equals(first)) {
                request.abortWith(Problems.of(ApiError.UNKNOWN_VERSION, headers, path));
            }
            return;
        }
        URI base = request.getUriInfo().getBaseUri();
        URI rewritten = UriBuilder.fromUri(base).path(LATEST).path(trimmed)
                .replaceQuery(request.getUriInfo().getRequestUri().getRawQuery()).build();
        request.setRequestUri(base, rewritten);
    }
}
