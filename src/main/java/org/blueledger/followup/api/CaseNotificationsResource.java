package org.blueledger.followup.api;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.blueledger.followup.api.schema.FollowUpRequests;
import org.blueledger.followup.service.FollowUpService;
import org.blueledger.platform.rest.JsonRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/allegations/{reference}/notifications}: the notes verbales sent on a case and their follow-ups (api.md "Investigations, notifications,
 * actions"). A root resource of its own, at the address the case API always gave it (and under the
 * case API's tag); the class path names the literal segment, so the case's other addresses never
 * match here.
 */
@Path("allegations/{reference}/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allegations", description = "Intake, correction, lifecycle, assignments and attachments of cases")
public class CaseNotificationsResource {

    @Inject
    FollowUpService followUp;

    @Context
    UriInfo uriInfo;

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewNotification")))
    @APIResponse(responseCode = "201", description = "Sent, with responseDueOn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Notification")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Notify a member state {memberState, sentOn, requestsNio}; answers with responseDueOn")
    public Response notifyMemberState(@PathParam("reference") String reference, JsonValue body) {
        FollowUpRequests.Notification in = JsonRecords.read(body, FollowUpRequests.Notification.class);
        var n = followUp.notifyMemberState(reference, in.memberState(), in.sentOn(), in.requestsNio());
        return Response.created(org.blueledger.platform.rest.Locations.base(uriInfo).path("notifications").path(Long.toString(n.id())).build())
                .entity(FollowUpJson.notification(n)).build();
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewFollowUp")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/follow-ups")
    @Operation(summary = "Send a follow-up note verbale {kind: REMINDER | OUTCOME_REQUEST | ACTION_REQUEST, sentOn, note}")
    @APIResponse(responseCode = "201", description = "The notification with its follow-ups",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Notification")))
    @APIResponse(responseCode = "409", description = "A reminder to answer a note verbale that was answered")
    public Response requestFollowUp(@PathParam("reference") String reference, @PathParam("id") long id, JsonValue body) {
        FollowUpRequests.FollowUp in = JsonRecords.read(body, FollowUpRequests.FollowUp.class);
        var n = followUp.requestFollowUp(reference, id, in.kind(), in.sentOn(), in.note());
        long last = n.followUps().get(n.followUps().size() - 1).id();
        return Response.created(org.blueledger.platform.rest.Locations.base(uriInfo).path("allegations").path(reference).path("notifications")
                .path(Long.toString(id)).path("follow-ups").path(Long.toString(last)).build())
                .entity(FollowUpJson.notification(n)).build();
    }
}
