package ch.partnerportal.api.problems;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorTest {

    @Test
    void API_3_whatTheContainerRefusesOnItsOwnBecomesTheApisProblem() {
        assertThat(ApiError.forStatus(400, null)).isEqualTo(ApiError.MALFORMED_REQUEST);
        assertThat(ApiError.forStatus(401, null)).isEqualTo(ApiError.BEARER_TOKEN_REQUIRED);
        assertThat(ApiError.forStatus(403, null)).isEqualTo(ApiError.FORBIDDEN);
        assertThat(ApiError.forStatus(404, null)).isEqualTo(ApiError.NOT_FOUND);
        assertThat(ApiError.forStatus(405, null)).isEqualTo(ApiError.METHOD_NOT_ALLOWED);
        assertThat(ApiError.forStatus(406, null)).isEqualTo(ApiError.NOT_ACCEPTABLE);
        assertThat(ApiError.forStatus(413, null)).isEqualTo(ApiError.BODY_TOO_LARGE);
        assertThat(ApiError.forStatus(415, null)).isEqualTo(ApiError.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ApiError.forStatus(418, null)).isEqualTo(ApiError.MALFORMED_REQUEST);
        assertThat(ApiError.forStatus(503, null)).isEqualTo(ApiError.UNAVAILABLE);
        assertThat(ApiError.forStatus(500, null)).isEqualTo(ApiError.INTERNAL);
    }

    @Test
    void API_3_aPathTheContainerCannotTakeIsTheCallersMistakeNotOurs() {
        IOException encodedSlash = new IOException("CWWWC0005I: The request URI has invalid or improperly encoded "
                + "characters: [/api/1/a%2Fb] . URI has encoded forward slash [%2F] character");
        assertThat(ApiError.forStatus(500, new RuntimeException(encodedSlash))).isEqualTo(ApiError.MALFORMED_REQUEST);
        assertThat(ApiError.forStatus(500, new IllegalStateException("a defect"))).isEqualTo(ApiError.INTERNAL);
    }
}
