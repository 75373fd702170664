package ch.partnerportal.api.bodies;

import ch.partnerportal.partner.api.ScopeEntry;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One product of a limited access with its rights (PAR-4). */
@JsonbNillable
@Schema(name = "RelationshipProduct", description = "A product of a limited access; a partner's request may name a "
        + "whole category, without a product")
public record RelationshipProduct(
        @Schema(required = true, enumeration = {"domains", "web-hosting", "mail", "kdrive", "kchat"}) String category,
        @Schema(nullable = true) String productId,
        @Schema(nullable = true, description = "What the client named it: the domain name for a domain") String productLabel,
        @Schema(required = true) boolean technical,
        @Schema(required = true) boolean statistics) {

    static RelationshipProduct of(ScopeEntry entry) {
        return new RelationshipProduct(entry.category().slug(), entry.productId(), entry.productLabel(),
                entry.technical(), entry.statistics());
    }
}
