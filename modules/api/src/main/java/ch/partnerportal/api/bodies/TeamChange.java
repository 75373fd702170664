package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** ORG-8: a team to make, or what to change of one (a field left out keeps its value). */
@Schema(name = "TeamChange", description = "A team's name and product permissions; on a change, a field left out "
        + "keeps its value")
public record TeamChange(
        @Schema(example = "Support", maxLength = 60) @Size(max = 200) String name,
        @Size(max = Vocabulary.LARGEST) @Schema(description = "Product permissions, for example mail")
        List<String> permissions) {
}
