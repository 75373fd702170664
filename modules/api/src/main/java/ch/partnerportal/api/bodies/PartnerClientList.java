package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PartnerClientList")
public record PartnerClientList(@Schema(required = true) List<PartnerClient> items) {
}
