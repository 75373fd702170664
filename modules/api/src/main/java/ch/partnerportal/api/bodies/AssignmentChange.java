package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** PAR-6: the products an assigned user acts on; none named for every product the client grants. */
@Schema(name = "AssignmentChange")
public record AssignmentChange(
        @Schema(description = "The client's products; empty or left out for every product it grants")
        @Size(max = 1000) List<@NotNull @Size(max = 36) String> productIds) {

    public List<String> products() {
        return productIds == null ? List.of() : productIds;
    }
}
