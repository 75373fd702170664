package ch.partnerportal.services.dns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;

/** The provider's own name servers, which serve the zones of the domains delegated to them. */
@ApplicationScoped
public class ProviderNameServers {

    @Inject
    @ConfigProperty(name = "portal.dns.name-servers", defaultValue = "ns1.partnerportal.ch,ns2.partnerportal.ch")
    String configured;

    public List<String> hosts() {
        return Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
