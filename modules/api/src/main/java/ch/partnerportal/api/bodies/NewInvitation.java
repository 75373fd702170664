package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** ORG-4: whom to invite, with which role, permissions and contact preferences, and in which language. */
@Schema(name = "NewInvitation", description = "An invitation to send")
public record NewInvitation(
        @Schema(required = true, maxLength = 254, example = "anna.rossi@example.ch") String email,
        @Schema(required = true, enumeration = {"legal-representative", "administrator", "collaborator", "external"})
        String role,
        @Size(max = Vocabulary.LARGEST) List<String> permissions,
        @Size(max = Vocabulary.LARGEST) List<String> contacts,
        @Schema(description = "The invitation's language: en, de, fr or it; the inviter's when left out")
        String language) {
}
