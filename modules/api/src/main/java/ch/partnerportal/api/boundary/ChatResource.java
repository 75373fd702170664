package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.ChatChannel;
import ch.partnerportal.api.bodies.ChatChannelChange;
import ch.partnerportal.api.bodies.ChatChannelList;
import ch.partnerportal.api.bodies.ChatRoleGrant;
import ch.partnerportal.api.bodies.ChatSpace;
import ch.partnerportal.api.bodies.ChatSpaceChange;
import ch.partnerportal.api.bodies.NewChatChannel;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ChatViews.ChannelView;
import ch.partnerportal.services.chat.boundary.ChatWorkspaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The workspace of a kChat product (the {@code kchat} permission): its people and channels. */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/products/{product}/chat")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-124 the kchat permission is needed"
        + ", TEN-135 beyond what the client grants your partner")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, SRV-401 no such product "
        + "in this organization, SRV-402 the product is not a kChat, SRV-465 no such channel")
@APIResponse(responseCode = "409", description = "SRV-403 the product is blocked")
@APIResponse(responseCode = "410", description = "SRV-404 the product was terminated")
public class ChatResource {

    @Inject
    ChatWorkspaces chat;

    @Context
    UriInfo uri;

    @GET
    @APIResponse(responseCode = "200", description = "The workspace with everyone in it")
    public ChatSpace get(@PathParam("organization") String organization, @PathParam("product") String product)
            throws Refusal {
        return ChatSpace.of(chat.get(organization, product));
    }

    @PATCH
    @APIResponse(responseCode = "200", description = "Renamed")
    @APIResponse(responseCode = "400", description = "SRV-464 a name of 1 to 80 characters")
    public ChatSpace rename(@PathParam("organization") String organization, @PathParam("product") String product,
                            ChatSpaceChange body) throws Refusal {
        return ChatSpace.of(chat.rename(organization, product, body.name()));
    }

    @PUT
    @Path("members/{account}")
    @APIResponse(responseCode = "200", description = "The member is in the workspace in person with this role")
    @APIResponse(responseCode = "400", description = "SRV-462 not a member of the organization, SRV-463 member or "
            + "admin")
    public ChatSpace add(@PathParam("organization") String organization, @PathParam("product") String product,
                         @PathParam("account") String account, ChatRoleGrant body) throws Refusal {
        return ChatSpace.of(chat.add(organization, product, account, body.role()));
    }

    @DELETE
    @Path("members/{account}")
    @APIResponse(responseCode = "200", description = "No place in person any more (a team's may remain); out of "
            + "the workspace, the person leaves its private channels")
    public ChatSpace remove(@PathParam("organization") String organization, @PathParam("product") String product,
                            @PathParam("account") String account) throws Refusal {
        return ChatSpace.of(chat.remove(organization, product, account));
    }

    @PUT
    @Path("teams/{team}")
    @APIResponse(responseCode = "200", description = "The team's members are in the workspace (ORG-8)")
    @APIResponse(responseCode = "400", description = "SRV-484 no such team")
    public ChatSpace addTeam(@PathParam("organization") String organization, @PathParam("product") String product,
                             @PathParam("team") String team) throws Refusal {
        return ChatSpace.of(chat.addTeam(organization, product, team));
    }

    @DELETE
    @Path("teams/{team}")
    @APIResponse(responseCode = "200", description = "The team is out of the workspace")
    public ChatSpace removeTeam(@PathParam("organization") String organization, @PathParam("product") String product,
                                @PathParam("team") String team) throws Refusal {
        return ChatSpace.of(chat.removeTeam(organization, product, team));
    }

    @GET
    @Path("channels")
    @APIResponse(responseCode = "200", description = "The channels, general first, then by name")
    public ChatChannelList channels(@PathParam("organization") String organization,
                                    @PathParam("product") String product) throws Refusal {
        return new ChatChannelList(chat.channels(organization, product).stream().map(ChatChannel::of).toList());
    }

    @POST
    @Path("channels")
    @APIResponse(responseCode = "201", description = "The channel, made", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatChannel.class)))
    @APIResponse(responseCode = "400", description = "SRV-466 a name of lower-case letters, digits, - and _, SRV-471 "
            + "a topic of at most 250 characters, SRV-474 public or private, SRV-469 someone not in the workspace")
    @APIResponse(responseCode = "409", description = "SRV-467 the name is taken, SRV-472 people are put in private "
            + "channels only, SRV-473 500 channels already")
    public Response createChannel(@PathParam("organization") String organization,
                                  @PathParam("product") String product, NewChatChannel body)
            throws Refusal {
        ChannelView made = chat.createChannel(organization, product, body.name(), body.topic(), body.visibility(),
                body.members());
        return Response.created(uri.getAbsolutePathBuilder().path(made.id()).build())
                .entity(ChatChannel.of(made)).build();
    }

    @GET
    @Path("channels/{channel}")
    @APIResponse(responseCode = "200", description = "The channel with the people in it")
    public ChatChannel channel(@PathParam("organization") String organization, @PathParam("product") String product,
                               @PathParam("channel") String channel) throws Refusal {
        return ChatChannel.of(chat.channel(organization, product, channel));
    }

    @PATCH
    @Path("channels/{channel}")
    @APIResponse(responseCode = "200", description = "Renamed, with another topic, or made public or private")
    @APIResponse(responseCode = "400", description = "SRV-466 a name of lower-case letters, digits, - and _, SRV-471 "
            + "a topic of at most 250 characters, SRV-474 public or private")
    @APIResponse(responseCode = "409", description = "SRV-467 the name is taken, SRV-468 general stays public")
    public ChatChannel changeChannel(@PathParam("organization") String organization,
                                     @PathParam("product") String product, @PathParam("channel") String channel,
                                     ChatChannelChange body) throws Refusal {
        return ChatChannel.of(chat.changeChannel(organization, product, channel, body.name(), body.topic(),
                body.visibility()));
    }

    @DELETE
    @Path("channels/{channel}")
    @APIResponse(responseCode = "204", description = "The channel is gone")
    @APIResponse(responseCode = "409", description = "SRV-468 the general channel cannot be deleted")
    public Response deleteChannel(@PathParam("organization") String organization,
                                  @PathParam("product") String product, @PathParam("channel") String channel)
            throws Refusal {
        chat.deleteChannel(organization, product, channel);
        return Response.noContent().build();
    }

    @PUT
    @Path("channels/{channel}/members/{account}")
    @APIResponse(responseCode = "200", description = "The person is in the private channel")
    @APIResponse(responseCode = "400", description = "SRV-469 not in the workspace")
    @APIResponse(responseCode = "409", description = "SRV-472 a public channel has everyone already")
    public ChatChannel addToChannel(@PathParam("organization") String organization,
                                    @PathParam("product") String product, @PathParam("channel") String channel,
                                    @PathParam("account") String account) throws Refusal {
        return ChatChannel.of(chat.addToChannel(organization, product, channel, account));
    }

    @DELETE
    @Path("channels/{channel}/members/{account}")
    @APIResponse(responseCode = "200", description = "The person is out of the private channel")
    @APIResponse(responseCode = "409", description = "SRV-472 a public channel has everyone")
    public ChatChannel removeFromChannel(@PathParam("organization") String organization,
                                         @PathParam("product") String product, @PathParam("channel") String channel,
                                         @PathParam("account") String account) throws Refusal {
        return ChatChannel.of(chat.removeFromChannel(organization, product, channel, account));
    }
}
