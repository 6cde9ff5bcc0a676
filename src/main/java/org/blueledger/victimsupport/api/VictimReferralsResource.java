package org.blueledger.victimsupport.api;

import org.blueledger.platform.rest.JsonRecords;
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
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.victimsupport.service.NewReferral;
import org.blueledger.victimsupport.service.ReferralService;
import org.blueledger.victimsupport.service.ReferralView;
import org.blueledger.victimsupport.service.UpdateReferral;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/allegations/{reference}/victims/{victimId}/referrals}: a victim's referrals to assistance. */
@Path("allegations/{reference}/victims/{victimId}/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Victim support")
public class VictimReferralsResource {

    @Inject
    ReferralService referrals;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a victim to assistance (VICTIMS_RIGHTS; the assigned CONDUCT_OFFICER); consentOn required")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReferralRequests.NewReferral.class)))
    @APIResponse(responseCode = "201", description = "Referred, status REFERRED",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (no consent included); errors name every bad field")
    @APIResponse(responseCode = "403", description = "Not a victims' rights officer nor the assigned conduct officer")
    @APIResponse(responseCode = "404", description = "No such case or victim, or outside the caller's scope")
    public Response refer(@PathParam("reference") String reference, @PathParam("victimId") String victimId, JsonValue body) {
        long victim = id(victimId);
        ReferralRequests.NewReferral in = JsonRecords.read(body, ReferralRequests.NewReferral.class);
        ReferralView v = referrals.refer(reference, victim, new NewReferral(in.type(), in.referredOn(), in.provider(),
                in.consentOn()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(v.id())).build()).entity(v).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a referral along (VICTIMS_RIGHTS); send the version you read")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReferralRequests.ReferralChange.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or a status an ended referral cannot take")
    public ReferralView update(@PathParam("reference") String reference, @PathParam("victimId") String victimId,
                               @PathParam("id") String id, JsonValue body) {
        long referralId = id(id);
        ReferralView current = referrals.referral(referralId);
        if (!current.reference().equals(reference) || current.victimId() != id(victimId)) {
            throw new NotFoundException("No referral " + id + " of this victim.");
        }
        ReferralRequests.ReferralChange in = JsonRecords.read(body, ReferralRequests.ReferralChange.class);
        return referrals.update(referralId, new UpdateReferral(in.status(), in.startedOn(), in.closedOn(), in.notes(),
                in.version()));
    }

    static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No record " + id + ".");
        }
    }
}
