package ch.partnerportal.api.bodies;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** PAY-3: "pay my selection", each product for its own period. */
@Schema(name = "NewRenewal", description = "The products to renew")
public record NewRenewal(@Schema(required = true) List<@Valid RenewalItem> items) {
}
