package ch.partnerportal.api.boundary;

import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.api.problems.Problems;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.boundary.Accounts;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses requests without a bearer token (the console's cookie is not an API credential), then
 * signs the caller in once per token: an account seen for the first time gets its own organization
 * (ORG-1), except when the request is the acceptance of an invitation (ORG-2). Later requests with
 * the same token skip the sign-in (two queries and a transaction each).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerOnly implements ContainerRequestFilter {

    @Inject
    Accounts accounts;

    @Inject
    JsonWebToken jwt;

    @Context
    HttpHeaders headers;

    private static final Pattern PUBLIC = Pattern.compile("1/invitations/[^/]+");

    private final SignedInTokens signedIn = new SignedInTokens();

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (isPublic(request.getMethod(), path)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problems.of(ApiError.BEARER_TOKEN_REQUIRED, headers, path));
            return;
        }
        // a service account (the mail servers) is no person: it has no account and no organization
        if (path.endsWith("/acceptance") || request.getSecurityContext().isUserInRole("mail-system")) {
            return;
        }
        String tokenId = tokenId();
        Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (!signedIn.firstUse(tokenId, Instant.now())) {
            return;
        }
        try {
            String name = jwt.getClaim("name");
            Locale language = headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                    : headers.getAcceptableLanguages().get(0);
            accounts.signIn(name, language.getLanguage());
            signedIn.signedIn(tokenId, expiresAt);
        } catch (Refusal refusal) {
            request.abortWith(Problems.of(refusal, headers, path));
        }
    }

    /** The token's own id; a token without one is known by its subject and issue time. */
    private String tokenId() {
        String id = jwt.getTokenID();
        return id != null ? id : jwt.getSubject() + "@" + jwt.getIssuedAtTime();
    }

    /** Reading an invitation before logging in is the only public call. */
    static boolean isPublic(String method, String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return HttpMethod.GET.equals(method) && PUBLIC.matcher(trimmed).matches();
    }
}
