package org.blueledger.victimsupport.api;

import org.blueledger.platform.rest.JsonRecords;
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
import org.blueledger.victimsupport.service.ClaimView;
import org.blueledger.victimsupport.service.OpenClaim;
import org.blueledger.victimsupport.service.PaternityClaimService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/allegations/{reference}/paternity-claims}: a claim opened on a case (api.md "Victim support"). */
@Path("allegations/{reference}/paternity-claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Victim support", description = "Paternity and child-support claims, assistance referrals, Trust Fund projects")
public class CaseClaimsResource {

    @Inject
    PaternityClaimService claims;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a paternity and child-support claim (VICTIMS_RIGHTS); memberStateNotificationDueOn is "
            + "5 working days after receivedOn")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewPaternityClaim")))
    @APIResponse(responseCode = "201", description = "Opened, status RECEIVED",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (a victim or subject not on the case included); "
            + "errors name every bad field")
    @APIResponse(responseCode = "403", description = "Not a victims' rights officer")
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    public Response open(@PathParam("reference") String reference, JsonValue body) {
        ClaimRequests.NewClaim in = JsonRecords.read(body, ClaimRequests.NewClaim.class);
        ClaimRequests.Child child = in.child();
        if (child == null) {
            // still name the other bad fields together with this one
            java.util.List<org.blueledger.platform.error.FieldError> missing = new java.util.ArrayList<>();
            missing.add(new org.blueledger.platform.error.FieldError("child", "is required"));
            JsonRecords.failOn(missing);
        }
        ClaimView v = claims.openClaim(reference, new OpenClaim(in.victimId(), in.subjectId(), in.receivedOn(), in.claimant(),
                child.name(), child.dateOfBirth(), child.sex()));
        return Response.created(uriInfo.getBaseUriBuilder().path("paternity-claims").path(Long.toString(v.id())).build())
                .entity(v).build();
    }
}
