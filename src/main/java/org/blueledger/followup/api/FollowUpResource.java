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
import org.blueledger.followup.api.schema.FollowUpResponses;
import org.blueledger.followup.service.FollowUpService;
import org.blueledger.platform.rest.JsonRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The follow-up's endpoints under a case (api.md "Investigations, notifications, actions"):
 * {@code /api/v1/allegations/{reference}/investigations}, {@code .../investigations/{id}/completion},
 * {@code .../notifications}, {@code .../notifications/{id}/follow-ups} and {@code .../actions}, at the
 * addresses and under the tag the case API always gave them. It shares the root path
 * {@code allegations} with the case's {@code AllegationsResource}: JAX-RS matches the methods of
 * every root resource with the same path together, so neither class hides the other's addresses.
 */
@Path("allegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allegations", description = "Intake, correction, lifecycle, assignments and attachments of cases")
public class FollowUpResource {

    @Inject
    FollowUpService followUp;

    @Context
    UriInfo uriInfo;

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewInvestigation")))
    @APIResponse(responseCode = "201", description = "Opened, with dueOn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Investigation")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{reference}/investigations")
    @Operation(summary = "Open an investigation {entity, startedOn, subjectIds}; dueOn follows the deadline rules")
    public Response startInvestigation(@PathParam("reference") String reference, JsonValue body) {
        FollowUpRequests.NewInvestigation in = JsonRecords.read(body, FollowUpRequests.NewInvestigation.class);
        var i = followUp.startInvestigation(reference, in.entity(), in.startedOn(),
                in.subjectIds() == null ? List.of() : in.subjectIds());
        return Response.created(org.blueledger.platform.rest.Locations.base(uriInfo).path("allegations").path(reference).path("investigations")
                .path(Long.toString(i.id())).build()).entity(FollowUpJson.investigation(i)).build();
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "InvestigationCompletion")))
    @APIResponse(responseCode = "200", description = "Completed, with durationDays",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Investigation")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{reference}/investigations/{id}/completion")
    @Operation(summary = "Record the finding {completedOn, finding}; answers with durationDays")
    public FollowUpResponses.Investigation complete(@PathParam("reference") String reference, @PathParam("id") long id,
                                                JsonValue body) {
        FollowUpRequests.Completion in = JsonRecords.read(body, FollowUpRequests.Completion.class);
        return FollowUpJson.investigation(followUp.completeInvestigation(reference, id, in.completedOn(), in.finding(),
                in.version()));
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewNotification")))
    @APIResponse(responseCode = "201", description = "Sent, with responseDueOn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Notification")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{reference}/notifications")
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
    @Path("{reference}/notifications/{id}/follow-ups")
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

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewAction")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Action")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{reference}/actions")
    @Operation(summary = "Record an action {subjectId, stage, authority, type, decidedOn, details}")
    public Response recordAction(@PathParam("reference") String reference, JsonValue body) {
        FollowUpRequests.Action in = JsonRecords.read(body, FollowUpRequests.Action.class);
        var a = followUp.recordAction(reference, in.subjectId(), in.stage(), in.authority(), in.type(), in.decidedOn(),
                in.details());
        return Response.created(org.blueledger.platform.rest.Locations.base(uriInfo).path("allegations").path(reference).path("actions")
                .path(Long.toString(a.id())).build()).entity(FollowUpJson.action(a)).build();
    }
}
