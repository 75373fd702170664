package ch.partnerportal.api.problems;

import ch.partnerportal.kernel.Refusal;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a business refusal: malformed requests, unknown paths, lost races and
 * defects. Defects are logged with their cause and answered without internals.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidBody invalid) {
                return Problems.of(invalid, headers, uri.getPath());
            }
            if (cause instanceof Refusal refusal) {
                return Problems.of(refusal, headers, uri.getPath());
            }
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException) {
                return problem(ApiError.CONCURRENT_CHANGE);
            }
            if (cause instanceof JsonbException || cause instanceof JsonException
                    || cause instanceof ProcessingException) {
                return problem(ApiError.MALFORMED_BODY);
            }
        }
        if (failure instanceof NotFoundException) {
            return problem(ApiError.NOT_FOUND);
        }
        if (failure instanceof NotAllowedException) {
            return problem(ApiError.METHOD_NOT_ALLOWED);
        }
        if (failure instanceof NotAcceptableException) {
            return problem(ApiError.NOT_ACCEPTABLE);
        }
        if (failure instanceof NotSupportedException) {
            return problem(ApiError.UNSUPPORTED_MEDIA_TYPE);
        }
        if (failure instanceof NotAuthorizedException) {
            return problem(ApiError.BEARER_TOKEN_REQUIRED);
        }
        if (failure instanceof ForbiddenException) {
            return problem(ApiError.FORBIDDEN);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() == 400) {
            return problem(ApiError.MALFORMED_BODY);
        }
        LOG.log(Level.SEVERE, "Unexpected failure on " + uri.getPath(), failure);
        return problem(ApiError.INTERNAL);
    }

    private Response problem(ApiError error) {
        return Problems.of(error, headers, uri.getPath());
    }
}
