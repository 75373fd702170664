package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InvitationList", description = "An organization's pending invitations")
public record InvitationList(@Schema(required = true) List<Invitation> items) {
}
