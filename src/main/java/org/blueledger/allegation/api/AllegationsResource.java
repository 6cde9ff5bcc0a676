package org.blueledger.allegation.api;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.service.AllegationCriteria;
import org.blueledger.allegation.api.schema.CaseRequests;
import org.blueledger.allegation.api.schema.CaseResponses;
import org.blueledger.allegation.api.schema.CorrectAllegationRequest;
import org.blueledger.allegation.api.schema.FileAllegationRequest;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.platform.rest.JsonRecords;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.allegation.service.AllegationService;
import org.blueledger.allegation.service.CaseCursors;
import org.blueledger.allegation.service.CaseListCsv;
import org.blueledger.allegation.service.CaseJsonPart;
import org.blueledger.allegation.service.CaseStatusService;
import org.blueledger.allegation.service.ChangeStatus;
import org.blueledger.allegation.service.CorrectAllegation;
import jakarta.enterprise.inject.Instance;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import static org.blueledger.platform.rest.QueryParams.blank;
import static org.blueledger.platform.rest.QueryParams.integer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/v1/allegations}: the case file (api.md "Allegations"): intake, list, export, the case,
 * its correction, status, readers and erasures; its assignments and attachments are
 * {@link CaseAssignmentsResource}'s and {@link CaseAttachmentsResource}'s (the same root path, which JAX-RS merges).
 */
@Path("allegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allegations", description = "Intake, correction, lifecycle, assignments and attachments of cases")
public class AllegationsResource {

    @Inject
    AllegationService service;

    @Inject
    AllegationQueries queries;

    @Inject
    CaseStatusService statuses;

    /** The parts the features that hang off the case add to its answer (the follow-up's). */
    @Inject
    Instance<CaseJsonPart> parts;

    @Context
    UriInfo uriInfo;

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewAllegation")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an allegation (CONDUCT_OFFICER, CHIEF_OF_CONDUCT; own mission only)")
    @APIResponse(responseCode = "201", description = "Filed; Location names it; body as GET returns it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Allegation")))
    @APIResponse(responseCode = "400", description = "Invalid input; errors name every bad field")
    @APIResponse(responseCode = "403", description = "Wrong role, or another mission")
    @APIResponse(responseCode = "413", description = "Body too large")
    public Response file(JsonValue body) {
        AllegationDetails d = service.fileAllegation(CaseBodies.input(JsonRecords.read(body, FileAllegationRequest.class)));
        URI location = org.blueledger.platform.rest.Locations.base(uriInfo).path("allegations").path(d.reference()).build();
        return Response.created(location).entity(json(d, false)).build();
    }

    @APIResponse(responseCode = "200", description = "A page of the cases the caller may see",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AllegationPage")))
    @GET
    @Operation(summary = "List the cases the caller may see, newest first, a page at a time (size at most 200); "
            + "`after` (the previous page's `next`) pages by keyset instead of `page`")
    public CaseResponses.Page list(@QueryParam("mission") String mission, @QueryParam("status") String status,
                       @QueryParam("kind") String kind, @QueryParam("receivedFrom") String receivedFrom,
                       @QueryParam("receivedTo") String receivedTo, @QueryParam("reference") String reference,
                       @QueryParam("page") String page, @QueryParam("size") String size,
                       @Parameter(description = "The `next` of the previous page: the page after it (keyset paging); "
                               + "with it, `page` must be 0 or absent") @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        AllegationStatus st = ListParams.code(AllegationStatus.class, status, "status", errors);
        MisconductKind k = ListParams.code(MisconductKind.class, kind, "kind", errors);
        LocalDate from = ListParams.date(receivedFrom, "receivedFrom", errors);
        LocalDate to = ListParams.date(receivedTo, "receivedTo", errors);
        int p = integer(page, "page", 0, 0, Integer.MAX_VALUE / AllegationCriteria.MAX_SIZE, errors);
        int s = integer(size, "size", 50, 1, AllegationCriteria.MAX_SIZE, errors);
        String cursor = blank(after);
        if (cursor != null && CaseCursors.parse(cursor).isEmpty()) {
            errors.add(new FieldError("after", "must be the next of a page of this list"));
        } else if (cursor != null && p != 0) {
            errors.add(new FieldError("page", "must be 0 or absent with after"));
        }
        ListParams.failOn(errors);
        return CaseJson.page(queries.page(new AllegationCriteria(blank(mission), st, k, from, to, blank(reference),
                AllegationCriteria.Sort.RECEIVED_ON, false, p, s), cursor));
    }

    @APIResponse(responseCode = "200", description = "RFC 4180 CSV with a header row",
            content = @Content(mediaType = "text/csv"))
    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Every case the caller may see, with summaries, as CSV, newest first (same filters as the "
            + "list; streamed; formula-like cells defused)")
    public Response export(@QueryParam("mission") String mission, @QueryParam("status") String status,
                           @QueryParam("kind") String kind, @QueryParam("receivedFrom") String receivedFrom,
                           @QueryParam("receivedTo") String receivedTo) {
        List<FieldError> errors = new ArrayList<>();
        AllegationStatus st = ListParams.code(AllegationStatus.class, status, "status", errors);
        MisconductKind k = ListParams.code(MisconductKind.class, kind, "kind", errors);
        LocalDate from = ListParams.date(receivedFrom, "receivedFrom", errors);
        LocalDate to = ListParams.date(receivedTo, "receivedTo", errors);
        ListParams.failOn(errors);
        AllegationCriteria criteria = new AllegationCriteria(blank(mission), st, k, from, to, null,
                AllegationCriteria.Sort.RECEIVED_ON, false, 0, 1);
        long cases = queries.exportStart(criteria);
        StreamingOutput csv = out -> CaseListCsv.write(queries, criteria, out);
        return Response.ok(csv, CaseListCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + CaseListCsv.FILE_NAME + "\"")
                .header("X-Total-Count", cases).build();
    }

    @APIResponse(responseCode = "200", description = "The case, with its criminalReferrals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Allegation")))
    @GET
    @Path("{reference}")
    @Operation(summary = "One case, as the caller may see it")
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    public CaseResponses.Allegation get(@PathParam("reference") String reference) {
        return json(queries.details(reference), true);
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "AllegationCorrection")))
    @APIResponse(responseCode = "200", description = "The corrected case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Allegation")))
    @PUT
    @Path("{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a case (assigned CONDUCT_OFFICER, CHIEF_OF_CONDUCT); send the version you read")
    @APIResponse(responseCode = "409", description = "Stale version")
    public CaseResponses.Allegation correct(@PathParam("reference") String reference, JsonValue body) {
        CorrectAllegationRequest in = JsonRecords.read(body, CorrectAllegationRequest.class);
        if (in.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", "is required")));
        }
        return json(service.correctAllegation(new CorrectAllegation(reference, CaseBodies.input(in), in.version())), false);
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "StatusChange")))
    @APIResponse(responseCode = "200", description = "The case in its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Allegation")))
    @POST
    @Path("{reference}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a case along its lifecycle")
    @APIResponse(responseCode = "409", description = "Transition not allowed from the current status, or stale version")
    public CaseResponses.Allegation changeStatus(@PathParam("reference") String reference, JsonValue body) {
        CaseRequests.StatusChange in = JsonRecords.read(body, CaseRequests.StatusChange.class);
        return json(statuses.changeStatus(new ChangeStatus(reference, in.status(), in.reason(), in.version())), false);
    }

    @APIResponse(responseCode = "200", description = "The reads of the case, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseViewers")))
    @GET
    @Path("{reference}/viewers")
    @Operation(summary = "Who read this case and its identities, newest first (CHIEF_OF_CONDUCT of the mission)")
    public CaseResponses.Viewers viewers(@PathParam("reference") String reference) {
        return new CaseResponses.Viewers(queries.viewers(reference).stream().map(r -> new CaseResponses.Viewer(
                r.at().toString(), r.user() == null ? "" : r.user(), r.action(), r.outcome().name(),
                r.detail() == null ? "" : r.detail())).toList());
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ErasureRequest")))
    @APIResponse(responseCode = "204", description = "Erased")
    @POST
    @Path("{reference}/victims/{victimId}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a victim's identity on request, keeping the de-identified record "
            + "(CHIEF_OF_CONDUCT of the mission, VICTIMS_RIGHTS); body {\"reason\": \"...\"}")
    public Response erase(@PathParam("reference") String reference, @PathParam("victimId") long victimId, JsonValue body) {
        service.eraseVictimIdentity(reference, victimId, JsonRecords.read(body, CaseRequests.Erasure.class).reason());
        return Response.noContent().build();
    }

    /** The case's answer, with the parts of the features that hang off it ({@code read}: the GET, which lists referrals). */
    private CaseResponses.Allegation json(AllegationDetails d, boolean read) {
        return CaseJson.details(d, parts.isResolvable() ? parts.get().parts(d, read) : CaseJsonPart.Parts.NONE);
    }
}
