package ch.partnerportal.console.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginTest {

    @Test
    void anOriginIsSchemeHostAndPortWrittenOneWay() {
        assertThat(SameOrigin.originOf("http://localhost:9080/console/app/users.xhtml")).isEqualTo("http://localhost:9080");
        assertThat(SameOrigin.originOf("HTTPS://Portal.Example.CH:443/console")).isEqualTo("https://portal.example.ch");
        assertThat(SameOrigin.originOf("http://portal.example.ch:80")).isEqualTo("http://portal.example.ch");
        assertThat(SameOrigin.originOf("https://portal.example.ch:8443/")).isEqualTo("https://portal.example.ch:8443");
    }

    @Test
    void whatIsNoOriginMatchesNothing() {
        assertThat(SameOrigin.originOf("null")).isNull();
        assertThat(SameOrigin.originOf("not a url")).isNull();
        assertThat(SameOrigin.originOf("/console/")).isNull();
    }
}
