package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAR-10: stopping a relationship is confirmed with the caller's account password. */
@Schema(name = "RelationshipEnding", description = "The caller's login password, checked by the identity provider "
        + "and never kept")
public record RelationshipEnding(
        @Schema(required = true, format = "password") @Size(max = 512) @Secret String password) {

    @Override
    public String toString() {
        return "RelationshipEnding[password=" + (password == null ? "absent" : "***") + "]";
    }
}
