package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One product of a limited access, with its rights (PAR-4). */
@Schema(name = "ProductChoice", description = "A product and its rights; a partner asking for access may name a "
        + "category without a product")
public record ProductChoice(
        @Schema(required = true, enumeration = {"domains", "web-hosting", "mail", "kdrive", "kchat"}) @Size(max = 20)
        String category,
        @Schema(description = "The client's product; required in what a client grants") @Size(max = 36) String productId,
        @Schema(description = "Act on the product (its settings, its content)") Boolean technical,
        @Schema(description = "Read its usage statistics") Boolean statistics) {
}
