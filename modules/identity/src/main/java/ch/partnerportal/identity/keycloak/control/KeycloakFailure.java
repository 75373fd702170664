package ch.partnerportal.identity.keycloak.control;

/** Keycloak could not be reached or refused a call; the outbox entry is retried later. */
public class KeycloakFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeycloakFailure(String message) {
        super(message);
    }
}
