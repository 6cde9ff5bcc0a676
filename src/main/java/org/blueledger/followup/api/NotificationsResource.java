package org.blueledger.followup.api;

import org.blueledger.platform.rest.JsonRecords;
import org.blueledger.followup.api.schema.FollowUpResponses;
import org.blueledger.followup.api.schema.FollowUpRequests;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.blueledger.followup.service.FollowUpService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** {@code /api/v1/notifications/{id}/response}: the notified state's liaison answers a note verbale. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up", description = "Investigations, notes verbales to member states, actions")
public class NotificationsResource {

    @Inject
    FollowUpService service;

    @Context
    UriInfo uriInfo;

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NotificationAnswer")))
    @APIResponse(responseCode = "200", description = "The notification with its answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Notification")))
    @POST
    @Path("{id}/response")
    @Operation(summary = "The notified state's liaison answers {willInvestigate, nioName, respondedOn}")
    public FollowUpResponses.Notification respond(@PathParam("id") long id, JsonValue body) {
        FollowUpRequests.NotificationAnswer in = JsonRecords.read(body, FollowUpRequests.NotificationAnswer.class);
        return FollowUpJson.notification(service.respond(id, in.willInvestigate(), in.nioName(), in.nioAppointedOn(),
                in.respondedOn(), in.version()));
    }
}
