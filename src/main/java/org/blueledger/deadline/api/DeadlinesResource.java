package org.blueledger.deadline.api;

import java.util.List;
import org.blueledger.deadline.api.schema.DeadlineSchemas;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.blueledger.deadline.service.DeadlineCounts;
import org.blueledger.deadline.service.DueItem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/deadlines}: the caller's overdue items and those due soon, the same list as
 * the dashboard's, scoped like every case query (an extension of api.md).
 */
@Path("deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up", description = "Investigations, notes verbales to member states, actions")
public class DeadlinesResource {

    @Inject
    DeadlineCounts deadlines;

    @APIResponse(responseCode = "200", description = "The items, soonest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Deadlines")))
    @GET
    @Operation(summary = "Items overdue or due soon in the caller's scope: what (MEMBER_STATE_NOTIFICATION | "
            + "NOTE_VERBALE_ANSWER | INVESTIGATION | ACTION_REPORT), reference, dueOn, memberState, overdue; "
            + "with ?reference= every clock running on that case, due soon or not")
    public DeadlineSchemas.Deadlines list(@jakarta.ws.rs.QueryParam("reference") String reference) {
        List<DueItem> due = deadlines.dueItems(reference == null || reference.isBlank() ? null : reference.strip());
        return new DeadlineSchemas.Deadlines(due.stream().map(d -> new DeadlineSchemas.Deadline(d.what(), d.reference(),
                d.dueOn().toString(), d.memberState(), d.overdue())).toList());
    }
}
