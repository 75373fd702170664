package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The name servers a domain is delegated to. */
@Schema(name = "NameServers", description = "2 to 6 host names; the provider's own to have the zone served here")
public record NameServers(
        @Schema(required = true, example = "[\"ns1.example.net\", \"ns2.example.net\"]") @NotNull @Size(max = 20)
        List<@NotNull @Size(max = 253) String> nameServers) {
}
