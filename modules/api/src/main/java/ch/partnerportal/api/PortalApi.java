package ch.partnerportal.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The API WAR's root; its context root is {@code /api}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "partnerportal")
@DeclareRoles({"partner", "affiliate", "support-agent", "platform-admin"})
public class PortalApi extends Application {
}
