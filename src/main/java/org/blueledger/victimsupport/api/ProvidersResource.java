package org.blueledger.victimsupport.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.blueledger.victimsupport.service.ProjectView;
import org.blueledger.victimsupport.service.ReferralService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code GET /api/v1/trust-fund-projects}: the active Trust Fund projects, the providers of TRUST_FUND referrals. */
@Path("trust-fund-projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Victim support")
public class ProvidersResource {

    @Inject
    ReferralService referrals;

    @GET
    @Operation(summary = "The active Trust Fund projects (any signed-in user): code, name, country")
    public List<ProjectView> projects() {
        return referrals.activeProjects();
    }
}
