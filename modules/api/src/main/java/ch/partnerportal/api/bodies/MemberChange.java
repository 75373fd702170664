package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** ORG-6: a merge patch of a member's role, product permissions and contact preferences. */
@Schema(name = "MemberChange", description = "What to change of a member (JSON merge patch): a field left out "
        + "keeps its value")
public record MemberChange(
        @Schema(enumeration = {"legal-representative", "administrator", "collaborator", "external"}) String role,
        @Size(max = Vocabulary.LARGEST) @Schema(description = "Product permissions, for example domains, mail")
        List<String> permissions,
        @Size(max = Vocabulary.LARGEST) @Schema(description = "Contact topics, for example billing, technical")
        List<String> contacts) {
}
