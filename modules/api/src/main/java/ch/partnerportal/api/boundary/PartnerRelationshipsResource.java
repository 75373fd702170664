package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.AccessChange;
import ch.partnerportal.api.bodies.AssignmentChange;
import ch.partnerportal.api.bodies.Days;
import ch.partnerportal.api.bodies.GrantRenewal;
import ch.partnerportal.api.bodies.NewClientInvitation;
import ch.partnerportal.api.bodies.NewPartnerAuthorization;
import ch.partnerportal.api.bodies.PartnerAssignment;
import ch.partnerportal.api.bodies.PartnerAssignmentList;
import ch.partnerportal.api.bodies.PartnerRelationship;
import ch.partnerportal.api.bodies.PartnerRelationshipList;
import ch.partnerportal.api.bodies.RelationshipAnswer;
import ch.partnerportal.api.bodies.RelationshipEnding;
import ch.partnerportal.api.bodies.RelationshipEndingPreview;
import ch.partnerportal.api.bodies.RelationshipNote;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.RelationshipView;
import ch.partnerportal.partner.relationships.boundary.Assignments;
import ch.partnerportal.partner.relationships.boundary.Relationships;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * PAR-3 to PAR-5, PAR-10 from either side: an organization's relationships as partner and as client,
 * a partner's invitation of a client, a client's authorization of a partner, the answers, and the
 * changes of an active relationship.
 */
// one instance for all requests: made and injected once, not per request
@ApplicationScoped
@Path("1/organizations/{organization}/partner-relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-102 only a legal representative or an administrator sees "
        + "them, TEN-134 only a legal representative acts on them")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations")
public class PartnerRelationshipsResource {

    private static final String RELATIONSHIP = "{relationship}";
    private static final String CREATED = "Sent: the other side's legal representatives are told by e-mail";

    @Inject
    Relationships relationships;

    @Inject
    Assignments assignments;

    @GET
    @APIResponse(responseCode = "200", description = "As partner and as client, the latest first")
    public PartnerRelationshipList list(@PathParam("organization") String organization) throws Refusal {
        return new PartnerRelationshipList(relationships.of(organization).stream().map(PartnerRelationship::of).toList());
    }

    @GET
    @Path(RELATIONSHIP)
    @APIResponse(responseCode = "200", description = "The relationship")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    public PartnerRelationship find(@PathParam("organization") String organization,
                                    @PathParam("relationship") String relationship) throws Refusal {
        return PartnerRelationship.of(relationships.find(organization, relationship));
    }

    @POST
    @Path("client-invitations")
    @APIResponse(responseCode = "201", description = CREATED, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerRelationship.class)))
    @APIResponse(responseCode = "400", description = "PRT-520 a partner inviting itself, PRT-527 to PRT-533 and "
            + "PRT-538, PRT-540 an access or a note not well formed")
    @APIResponse(responseCode = "404", description = "PRT-518 no organization has a legal representative with "
            + "this address")
    @APIResponse(responseCode = "409", description = "PRT-517 the organization is not a partner, PRT-519 the "
            + "person represents several organizations, PRT-521 a relationship or request is open")
    public Response invite(@PathParam("organization") String organization, NewClientInvitation body) throws Refusal {
        return created(relationships.invite(organization, body.invitation()));
    }

    @POST
    @Path("partner-authorizations")
    @APIResponse(responseCode = "201", description = CREATED, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerRelationship.class)))
    @APIResponse(responseCode = "400", description = "API-013 not a date, PRT-520 its own partner, PRT-527 to "
            + "PRT-534 and PRT-538 to PRT-540 an access, an end date or a note not well formed")
    @APIResponse(responseCode = "409", description = "PRT-517 not a partner of the programme, PRT-521 a "
            + "relationship or request is open")
    public Response authorize(@PathParam("organization") String organization, NewPartnerAuthorization body)
            throws Refusal {
        return created(relationships.authorize(organization, body.authorization()));
    }

    @POST
    @Path(RELATIONSHIP + "/acceptance")
    @APIResponse(responseCode = "200", description = "Accepted: active with the granted access; the sender is told")
    @APIResponse(responseCode = "400", description = "API-013 not a date, PRT-527 to PRT-534, PRT-538 to PRT-540 a "
            + "grant, an end date or a note not well formed")
    @APIResponse(responseCode = "403", description = "PRT-537 only the client grants access")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    @APIResponse(responseCode = "409", description = "PRT-523 already answered or withdrawn, PRT-525 the other "
            + "side answers it")
    @APIResponse(responseCode = "410", description = "PRT-524 the request expired")
    public PartnerRelationship accept(@PathParam("organization") String organization,
                                      @PathParam("relationship") String relationship, RelationshipAnswer body)
            throws Refusal {
        return PartnerRelationship.of(relationships.accept(organization, relationship, body.answer()));
    }

    @POST
    @Path(RELATIONSHIP + "/refusal")
    @APIResponse(responseCode = "200", description = "Refused; the sender is told")
    @APIResponse(responseCode = "400", description = "PRT-540 a note too long")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    @APIResponse(responseCode = "409", description = "PRT-523 already answered or withdrawn, PRT-525 the other "
            + "side answers it")
    @APIResponse(responseCode = "410", description = "PRT-524 the request expired")
    public PartnerRelationship refuse(@PathParam("organization") String organization,
                                      @PathParam("relationship") String relationship, RelationshipNote body)
            throws Refusal {
        return PartnerRelationship.of(relationships.refuse(organization, relationship, body.note()));
    }

    @POST
    @Path(RELATIONSHIP + "/resending")
    @APIResponse(responseCode = "200", description = "Sent again, valid for another 30 days")
    @APIResponse(responseCode = "403", description = "PRT-526 only its sender resends it")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    @APIResponse(responseCode = "409", description = "PRT-523 already answered or withdrawn")
    @APIResponse(responseCode = "410", description = "PRT-524 the request expired")
    public PartnerRelationship resend(@PathParam("organization") String organization,
                                      @PathParam("relationship") String relationship) throws Refusal {
        return PartnerRelationship.of(relationships.resend(organization, relationship));
    }

    @POST
    @Path(RELATIONSHIP + "/withdrawal")
    @APIResponse(responseCode = "200", description = "Withdrawn; the other side is told")
    @APIResponse(responseCode = "403", description = "PRT-526 only its sender withdraws it")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    @APIResponse(responseCode = "409", description = "PRT-523 already answered or withdrawn")
    @APIResponse(responseCode = "410", description = "PRT-524 the request expired")
    public PartnerRelationship withdraw(@PathParam("organization") String organization,
                                        @PathParam("relationship") String relationship) throws Refusal {
        return PartnerRelationship.of(relationships.withdraw(organization, relationship));
    }

    @PUT
    @Path(RELATIONSHIP + "/access")
    @APIResponse(responseCode = "200", description = "The new grant holds at once; the partner is told")
    @APIResponse(responseCode = "400", description = "API-013 not a date, PRT-527 to PRT-534, PRT-538, PRT-539 an "
            + "access or an end date not well formed")
    @APIResponse(responseCode = "403", description = "PRT-537 only the client grants access")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    @APIResponse(responseCode = "409", description = "PRT-535 the relationship is not active")
    public PartnerRelationship changeAccess(@PathParam("organization") String organization,
                                            @PathParam("relationship") String relationship, AccessChange body)
            throws Refusal {
        return PartnerRelationship.of(relationships.changeAccess(organization, relationship, body.scope(),
                Days.parse("endsOn", body.endsOn())));
    }

    @POST
    @Path(RELATIONSHIP + "/renewal")
    @APIResponse(responseCode = "200", description = "Renewed; the partner is told")
    @APIResponse(responseCode = "400", description = "API-013 not a date, PRT-534 an end date not after today")
    @APIResponse(responseCode = "403", description = "PRT-537 only the client renews it")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    @APIResponse(responseCode = "409", description = "PRT-535 the relationship is not active")
    public PartnerRelationship renew(@PathParam("organization") String organization,
                                     @PathParam("relationship") String relationship, GrantRenewal body)
            throws Refusal {
        return PartnerRelationship.of(relationships.renew(organization, relationship,
                Days.parse("endsOn", body.endsOn())));
    }

    @GET
    @Path(RELATIONSHIP + "/ending-preview")
    @APIResponse(responseCode = "200", description = "What stopping it changes")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    @APIResponse(responseCode = "409", description = "PRT-535 the relationship is not active")
    public RelationshipEndingPreview endingPreview(@PathParam("organization") String organization,
                                                   @PathParam("relationship") String relationship) throws Refusal {
        return RelationshipEndingPreview.of(relationships.endingPreview(organization, relationship));
    }

    @POST
    @Path(RELATIONSHIP + "/ending")
    @APIResponse(responseCode = "200", description = "Ended; the other side is told; products and accounts stay")
    @APIResponse(responseCode = "403", description = "PRT-536 not the caller's account password")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    @APIResponse(responseCode = "409", description = "PRT-535 the relationship is not active")
    public PartnerRelationship end(@PathParam("organization") String organization,
                                   @PathParam("relationship") String relationship, RelationshipEnding body)
            throws Refusal {
        return PartnerRelationship.of(relationships.end(organization, relationship, body.password()));
    }

    private static Response created(RelationshipView view) {
        return Response.status(Response.Status.CREATED).entity(PartnerRelationship.of(view)).build();
    }

    @GET
    @Path(RELATIONSHIP + "/assignments")
    @APIResponse(responseCode = "200", description = "PAR-6: the partner's users assigned to this client; its legal "
            + "representatives and administrators act for every client without being listed")
    @APIResponse(responseCode = "403", description = "PRT-545 only the partner assigns")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    public PartnerAssignmentList assignments(@PathParam("organization") String organization,
                                             @PathParam("relationship") String relationship) throws Refusal {
        return new PartnerAssignmentList(assignments.of(organization, relationship).stream()
                .map(PartnerAssignment::of).toList());
    }

    @PUT
    @Path(RELATIONSHIP + "/assignments/{account}")
    @APIResponse(responseCode = "200", description = "The user acts for the client from its next call, never "
            + "beyond what the client grants")
    @APIResponse(responseCode = "400", description = "PRT-541 not a user of the partner, PRT-543 a product the "
            + "client does not grant")
    @APIResponse(responseCode = "403", description = "PRT-545 only the partner assigns")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships")
    @APIResponse(responseCode = "409", description = "PRT-535 the relationship is not active, PRT-542 a legal "
            + "representative or an administrator acts for every client already")
    public PartnerAssignment assign(@PathParam("organization") String organization,
                                    @PathParam("relationship") String relationship,
                                    @PathParam("account") String account, AssignmentChange body) throws Refusal {
        return PartnerAssignment.of(assignments.assign(organization, relationship, account,
                new LinkedHashSet<>(body == null ? List.of() : body.products())));
    }

    @DELETE
    @Path(RELATIONSHIP + "/assignments/{account}")
    @APIResponse(responseCode = "204", description = "The user no longer acts for the client")
    @APIResponse(responseCode = "403", description = "PRT-545 only the partner assigns")
    @APIResponse(responseCode = "404", description = "PRT-522 not one of the organization's relationships, PRT-544 "
            + "the user is not assigned")
    @APIResponse(responseCode = "409", description = "PRT-535 the relationship is not active")
    public Response unassign(@PathParam("organization") String organization,
                             @PathParam("relationship") String relationship,
                             @PathParam("account") String account) throws Refusal {
        assignments.unassign(organization, relationship, account);
        return Response.noContent().build();
    }
}
