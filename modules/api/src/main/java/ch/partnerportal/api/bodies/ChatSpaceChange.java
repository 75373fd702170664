package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChatSpaceChange", description = "A new name for the kChat workspace")
public record ChatSpaceChange(@Schema(required = true, example = "Rossi team", maxLength = 80) @NotNull
                              @Size(max = 200) String name) {
}
