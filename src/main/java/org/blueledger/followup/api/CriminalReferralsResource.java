package org.blueledger.followup.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.blueledger.followup.api.schema.FollowUpResponses;
import org.blueledger.followup.service.CriminalReferralService;
import org.blueledger.followup.service.CriminalReferralView;
import org.blueledger.platform.rest.JsonRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** {@code /api/v1/allegations/{reference}/criminal-referrals} (api.md "Referrals for criminal accountability"). */
@Path("allegations/{reference}/criminal-referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up", description = "Investigations, notes verbales to member states, actions")
public class CriminalReferralsResource {

    @Inject
    CriminalReferralService service;

    @Context
    UriInfo uriInfo;

    /** The body of a new referral. */
    @Schema(name = "NewCriminalReferral")
    public record NewReferral(
            @Schema(required = true, description = "A subject of the case: a UN official or expert on mission "
                    + "(not a contingent member)") Long subjectId,
            @Schema(required = true, description = "ISO 3166 alpha-3 state of nationality", pattern = "^[A-Z]{3}$") String referredTo,
            @Schema(required = true, format = "date") String referredOn) {
    }

    /** The body of an outcome. */
    @Schema(name = "CriminalReferralOutcome")
    public record Outcome(
            @Schema(required = true, enumeration = {"PENDING", "PROSECUTED", "CONVICTED", "ACQUITTED", "NO_ACTION", "UNKNOWN"})
            String outcome,
            @Schema(format = "date", nullable = true) String outcomeOn,
            @Schema(required = true, description = "The version read") Long version) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a subject for criminal accountability to the state of nationality "
            + "(CHIEF_OF_CONDUCT of the mission, HQ_CONDUCT)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewCriminalReferral")))
    @APIResponse(responseCode = "201", description = "Recorded, outcome PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CriminalReferral")))
    @APIResponse(responseCode = "400", description = "Invalid input; errors name every bad field")
    @APIResponse(responseCode = "403", description = "Wrong role (audited)")
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    @APIResponse(responseCode = "409", description = "This subject was already referred to this state")
    public Response refer(@PathParam("reference") String reference, JsonValue json) {
        NewReferral body = JsonRecords.read(json, NewReferral.class);
        CriminalReferralView v = service.refer(reference, new CriminalReferralService.Refer(body.subjectId(),
                body.referredTo(), body.referredOn()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(v.id())).build())
                .entity(FollowUpJson.referral(v)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the outcome of a referral (CHIEF_OF_CONDUCT of the mission, HQ_CONDUCT, or the "
            + "MEMBER_STATE_LIAISON of the state referred to); send the version you read")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CriminalReferralOutcome")))
    @APIResponse(responseCode = "200", description = "The referral with its outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CriminalReferral")))
    @APIResponse(responseCode = "400", description = "Invalid input; errors name every bad field")
    @APIResponse(responseCode = "404", description = "No such referral the caller may reach")
    @APIResponse(responseCode = "409", description = "Stale version")
    public FollowUpResponses.CriminalReferral recordOutcome(@PathParam("reference") String reference, @PathParam("id") String id, JsonValue json) {
        long referral;
        try {
            referral = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new org.blueledger.platform.error.NotFoundException("No referral " + id + ".");
        }
        Outcome body = JsonRecords.read(json, Outcome.class);
        return FollowUpJson.referral(service.recordOutcome(reference, referral,
                new CriminalReferralService.RecordOutcome(body.outcome(), body.outcomeOn(), body.version())));
    }
}
