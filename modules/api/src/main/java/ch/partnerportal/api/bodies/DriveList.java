package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DriveList", description = "The drives of a kDrive by name")
public record DriveList(@Schema(required = true) List<Drive> items) {
}
