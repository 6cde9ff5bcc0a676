package org.blueledger.victimsupport.api;

import org.blueledger.platform.rest.JsonRecords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.blueledger.victimsupport.service.ProjectView;
import org.blueledger.victimsupport.service.TrustFundAdministration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/admin/trust-fund-projects}: the administrator's list of Trust Fund projects (ADMIN). */
@Path("admin/trust-fund-projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Victim support")
public class TrustFundProjectsResource {

    @Inject
    TrustFundAdministration projects;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every Trust Fund project, active or not (ADMIN)")
    public List<ProjectView> list() {
        return projects.projects();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a Trust Fund project (ADMIN)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReferralRequests.NewProject.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "A project with this code exists")
    public Response add(JsonValue body) {
        ReferralRequests.NewProject in = JsonRecords.read(body, ReferralRequests.NewProject.class);
        ProjectView p = projects.add(in.code(), in.name(), in.country());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(p.id())).build()).entity(p).build();
    }

    @APIResponse(responseCode = "200", description = "The project as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectView")))
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename, move or (de)activate a project (ADMIN); send the version you read")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReferralRequests.ProjectChange.class)))
    @APIResponse(responseCode = "409", description = "Stale version")
    public ProjectView change(@PathParam("id") String id, JsonValue body) {
        long projectId = VictimReferralsResource.id(id);
        ReferralRequests.ProjectChange in = JsonRecords.read(body, ReferralRequests.ProjectChange.class);
        return projects.change(projectId, in.name(), in.country(), in.active(), in.version());
    }
}
