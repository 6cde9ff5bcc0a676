package org.blueledger.victimsupport.api;

import org.blueledger.platform.rest.JsonRecords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.rest.QueryParams;
import org.blueledger.victimsupport.domain.ClaimStatus;
import org.blueledger.victimsupport.service.ClaimPage;
import org.blueledger.victimsupport.service.ClaimView;
import org.blueledger.victimsupport.service.PaternityClaimService;
import org.blueledger.victimsupport.service.RecordStep;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code /api/v1/paternity-claims}: the claims in the caller's scope, one claim, and its steps. */
@Path("paternity-claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Victim support")
public class PaternityClaimsResource {

    private static final Pattern STATE = Pattern.compile("[A-Z]{3}");

    @Inject
    PaternityClaimService claims;

    @GET
    @Operation(summary = "The claims in the caller's scope, newest first: VICTIMS_RIGHTS all (with identities), "
            + "HQ_CONDUCT all (without), a liaison those against its nationals (without); anyone else 404")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClaimPage.class)))
    @APIResponse(responseCode = "404", description = "The caller's role sees no claims")
    public ClaimPage list(@QueryParam("status") String status, @QueryParam("memberState") String memberState,
                          @QueryParam("reference") String reference, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        ClaimStatus st = QueryParams.code(ClaimStatus.class, status, "status", errors);
        String state = QueryParams.blank(memberState);
        if (state != null && !STATE.matcher(state).matches()) {
            errors.add(new FieldError("memberState", "must be an ISO 3166 alpha-3 code in capitals (NPL)"));
        }
        int p = QueryParams.integer(page, "page", 0, 0, Integer.MAX_VALUE / PaternityClaimService.MAX_SIZE, errors);
        int s = QueryParams.integer(size, "size", 50, 1, PaternityClaimService.MAX_SIZE, errors);
        JsonRecords.failOn(errors);
        return claims.claims(st, state, QueryParams.blank(reference), p, s);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim as the caller may see it (identities only for VICTIMS_RIGHTS)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim, or outside the caller's scope")
    public ClaimView get(@PathParam("id") String id) {
        return claims.claim(id(id));
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a step (VICTIMS_RIGHTS every step; the liaison of the alleged father's state its "
            + "state's steps); the claim's status follows")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClaimRequests.NewStep.class)))
    @APIResponse(responseCode = "200", description = "The claim after the step",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors name every bad field")
    @APIResponse(responseCode = "403", description = "A step the caller's role does not record")
    @APIResponse(responseCode = "404", description = "No such claim, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "Stale version, or a step not allowed from the claim's status "
            + "(a paused claim takes only RESUMED or CLOSED)")
    public ClaimView step(@PathParam("id") String id, JsonValue body) {
        long claimId = id(id);
        ClaimRequests.NewStep in = JsonRecords.read(body, ClaimRequests.NewStep.class);
        return claims.recordStep(claimId, new RecordStep(in.step(), in.on(), in.version(), in.by(), in.result(), in.amount(),
                in.currency()));
    }

    /** A path id that is not a number names no claim: 404, as for any claim the caller cannot see. */
    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new org.blueledger.platform.error.NotFoundException("No paternity claim " + id + ".");
        }
    }
}
