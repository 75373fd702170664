package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Partners found by name or by a member's e-mail address, by name. */
@Schema(name = "PartnerCandidateList")
public record PartnerCandidateList(@Schema(required = true) List<PartnerCandidate> items) {
}
