package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TeamList", description = "The organization's work teams by name")
public record TeamList(@Schema(required = true) List<Team> items) {
}
