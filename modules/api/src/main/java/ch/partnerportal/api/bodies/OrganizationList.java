package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "OrganizationList", description = "The organizations the caller belongs to")
public record OrganizationList(@Schema(required = true) List<Organization> items) {
}
