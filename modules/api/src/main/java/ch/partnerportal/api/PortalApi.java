package ch.partnerportal.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API WAR's root; its context root is {@code /api}. The OpenAPI document is served at /openapi. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Partner portal API", version = "1",
        description = "Organizations, users and invitations. Paths without a version are the latest (1). "
                + "Every refusal is application/problem+json with a stable code and a detail in the "
                + "Accept-Language (en, de, fr, it). 401 API-002: no bearer token; 404 TEN-101: not one of "
                + "your organizations; 409 TEN-104: the last legal representative cannot go."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token of the partnerportal realm (audience portal-api)")
@LoginConfig(authMethod = "MP-JWT", realmName = "partnerportal")
@DeclareRoles({"partner", "affiliate", "support-agent", "platform-admin", "mail-system"})
public class PortalApi extends Application {
}
