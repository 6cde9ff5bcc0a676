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
 * {@code /api/v1/allegations/{reference}/investigations}: the case's investigations and their findings (api.md "Investigations, notifications,
 * actions"). A root resource of its own, at the address the case API always gave it (and under the
 * case API's tag); the class path names the literal segment, so the case's other addresses never
 * match here.
 */
@Path("allegations/{reference}/investigations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allegations", description = "Intake, correction, lifecycle, assignments and attachments of cases")
public class InvestigationsResource {

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
    @Path("{id}/completion")
    @Operation(summary = "Record the finding {completedOn, finding}; answers with durationDays")
    public FollowUpResponses.Investigation complete(@PathParam("reference") String reference, @PathParam("id") long id,
                                                JsonValue body) {
        FollowUpRequests.Completion in = JsonRecords.read(body, FollowUpRequests.Completion.class);
        return FollowUpJson.investigation(followUp.completeInvestigation(reference, id, in.completedOn(), in.finding(),
                in.version()));
    }
}
