package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Organizations matching a search, at most twenty. */
@Schema(name = "BillableOrganizationList", description = "At most twenty organizations")
public record BillableOrganizationList(@Schema(required = true) List<BillableOrganization> items) {
}
