package ch.partnerportal.system;

import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** API-3: the response codes are documented, in the OpenAPI document the server publishes. */
class ApiDocumentationIT {

    @Test
    void API_3_theOpenApiDocumentListsThePathsAndTheirRefusals() {
        Http.Reply reply = Http.send("GET", Env.PORTAL_URL + "/openapi", Map.of("Accept", "application/json"), null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        var document = reply.json();
        assertThat(document.path("info").path("title").asText()).isEqualTo("Partner portal API");
        assertThat(document.path("servers").toString()).contains("/api");
        var users = document.path("paths").path("/1/organizations/{organization}/users");
        assertThat(users.isMissingNode()).as("users path in " + document.path("paths").fieldNames()).isFalse();
        assertThat(users.path("delete").path("responses").path("409").path("description").asText())
                .contains("TEN-104");
        assertThat(users.path("get").path("responses").path("401").path("description").asText())
                .contains("API-002");
    }
}
