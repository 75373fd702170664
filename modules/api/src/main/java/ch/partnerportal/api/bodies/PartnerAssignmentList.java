package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PartnerAssignmentList")
public record PartnerAssignmentList(@Schema(required = true) List<PartnerAssignment> items) {
}
