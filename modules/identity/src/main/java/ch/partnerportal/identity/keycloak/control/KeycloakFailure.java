package ch.partnerportal.identity.keycloak.control;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak could not be reached or refused a call; the outbox entry is retried later. An application
 * exception, so that an expected outage rolls the transaction back without a stack trace per retry.
 */
@ApplicationException(rollback = true)
public class KeycloakFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeycloakFailure(String message) {
        super(message);
    }

    public KeycloakFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
