package ch.partnerportal.identity.api;

import java.util.Optional;

/** What the web modules need of the identity provider besides the login itself. */
public interface IdentityProvider {

    /** "First Last" as the person entered it, if the identity provider is reachable and knows them. */
    Optional<String> displayName(String loginId);

    /** Where to send a browser to end its single sign-on session and come back to {@code returnTo}. */
    String logoutUrl(String returnTo);
}
