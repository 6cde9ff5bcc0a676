package org.blueledger.victimsupport.api;

import org.blueledger.platform.rest.JsonRecords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.rest.QueryParams;
import org.blueledger.victimsupport.domain.ReferralStatus;
import org.blueledger.victimsupport.domain.ReferralType;
import org.blueledger.victimsupport.service.ReferralPage;
import org.blueledger.victimsupport.service.ReferralService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/v1/referrals}: the referrals in the caller's scope. */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Victim support")
public class ReferralsResource {

    @Inject
    ReferralService referrals;

    @GET
    @Operation(summary = "Referrals in the caller's scope, newest first (VICTIMS_RIGHTS, HQ_CONDUCT, CHIEF_OF_CONDUCT of "
            + "the mission, the assigned CONDUCT_OFFICER; anyone else 404)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralPage.class)))
    public ReferralPage list(@QueryParam("status") String status, @QueryParam("type") String type,
                             @QueryParam("mission") String mission, @QueryParam("page") String page,
                             @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        ReferralStatus st = QueryParams.code(ReferralStatus.class, status, "status", errors);
        ReferralType t = QueryParams.code(ReferralType.class, type, "type", errors);
        int p = QueryParams.integer(page, "page", 0, 0, Integer.MAX_VALUE / ReferralService.MAX_SIZE, errors);
        int s = QueryParams.integer(size, "size", 50, 1, ReferralService.MAX_SIZE, errors);
        JsonRecords.failOn(errors);
        return referrals.referrals(st, t, QueryParams.blank(mission), p, s);
    }
}
