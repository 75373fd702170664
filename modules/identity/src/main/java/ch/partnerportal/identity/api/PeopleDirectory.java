package ch.partnerportal.identity.api;

import java.util.Optional;

/** The identity provider's view of a person, looked up by login ID (e-mail). */
public interface PeopleDirectory {

    /** "First Last" as the person entered it in Keycloak, if Keycloak is reachable and knows them. */
    Optional<String> displayName(String loginId);
}
