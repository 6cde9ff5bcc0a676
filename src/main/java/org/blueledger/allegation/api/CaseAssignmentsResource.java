package org.blueledger.allegation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.blueledger.allegation.api.schema.CaseRequests;
import org.blueledger.allegation.service.AssignToCase;
import org.blueledger.allegation.service.CaseAssignmentService;
import jakarta.json.JsonValue;
import org.blueledger.platform.rest.JsonRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** {@code /api/v1/allegations/{ref}/assignments}: a case's assignments (api.md "Allegations"; the root path is {@link AllegationsResource}'s too). */
@Path("allegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allegations", description = "Intake, correction, lifecycle, assignments and attachments of cases")
public class CaseAssignmentsResource {

    @Inject
    CaseAssignmentService service;

    @Context
    UriInfo uriInfo;

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewAssignment")))
    @APIResponse(responseCode = "201", description = "Assigned; Location names the assignment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Assignment")))
    @POST
    @Path("{reference}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a conduct officer or an investigator (CHIEF_OF_CONDUCT of the mission)")
    public Response assign(@PathParam("reference") String reference, JsonValue body) {
        CaseRequests.Assignment in = JsonRecords.read(body, CaseRequests.Assignment.class);
        var a = service.assign(new AssignToCase(reference, in.username(), in.role(), in.investigationId()));
        URI location = org.blueledger.platform.rest.Locations.base(uriInfo).path("allegations").path(reference).path("assignments")
                .path(a.username()).build();
        return Response.created(location).entity(CaseJson.assignment(a)).build();
    }

    @APIResponse(responseCode = "204", description = "Ended")
    @DELETE
    @Path("{reference}/assignments/{username}")
    @Operation(summary = "End an assignment (CHIEF_OF_CONDUCT of the mission)")
    public Response endAssignment(@PathParam("reference") String reference, @PathParam("username") String username) {
        service.endAssignment(reference, username);
        return Response.noContent().build();
    }
}
