package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DriveChange", description = "A drive to make (both needed) or what to change of one")
public record DriveChange(@Schema(example = "Team drive", maxLength = 80) @Size(max = 200) String name,
                          @Schema(description = "1 to 100000 GB") Integer quotaGb) {
}
