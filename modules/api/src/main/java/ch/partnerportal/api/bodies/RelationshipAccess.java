package ch.partnerportal.api.bodies;

import ch.partnerportal.partner.api.AccessScope;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a relationship asks for or grants (PAR-4). */
// Yasson writes a null property only when its type is nillable too
@JsonbNillable
@Schema(name = "RelationshipAccess", description = "Full access, with or without billing entrusted, or the "
        + "products listed with their rights")
public record RelationshipAccess(
        @Schema(required = true) boolean full,
        @Schema(required = true) boolean billingEntrusted,
        @Schema(required = true) List<RelationshipProduct> products) {

    static RelationshipAccess of(AccessScope scope) {
        return scope == null ? null : new RelationshipAccess(scope.full(), scope.billingEntrusted(),
                scope.products().stream().map(RelationshipProduct::of).toList());
    }
}
