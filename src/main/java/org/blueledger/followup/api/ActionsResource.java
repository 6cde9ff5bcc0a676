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
 * {@code /api/v1/allegations/{reference}/actions}: the actions taken on a case's subjects (api.md "Investigations, notifications,
 * actions"). A root resource of its own, at the address the case API always gave it (and under the
 * case API's tag); the class path names the literal segment, so the case's other addresses never
 * match here.
 */
@Path("allegations/{reference}/actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allegations", description = "Intake, correction, lifecycle, assignments and attachments of cases")
public class ActionsResource {

    @Inject
    FollowUpService followUp;

    @Context
    UriInfo uriInfo;

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewAction")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Action")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an action {subjectId, stage, authority, type, decidedOn, details}")
    public Response recordAction(@PathParam("reference") String reference, JsonValue body) {
        FollowUpRequests.Action in = JsonRecords.read(body, FollowUpRequests.Action.class);
        var a = followUp.recordAction(reference, in.subjectId(), in.stage(), in.authority(), in.type(), in.decidedOn(),
                in.details());
        return Response.created(org.blueledger.platform.rest.Locations.base(uriInfo).path("allegations").path(reference).path("actions")
                .path(Long.toString(a.id())).build()).entity(FollowUpJson.action(a)).build();
    }
}
