package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The client renews a grant in one step. */
@Schema(name = "GrantRenewal", description = "The grant's new end date; left out, it no longer ends")
public record GrantRenewal(@Schema(example = "2027-12-31") @Size(max = 20) String endsOn) {
}
