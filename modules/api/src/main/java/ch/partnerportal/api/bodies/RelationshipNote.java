package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a request is refused, for its sender to read. */
@Schema(name = "RelationshipNote", description = "A note for the other side; it may be left out")
public record RelationshipNote(@Schema(maxLength = 1000) @MultiLine @Size(max = 2000) String note) {
}
