package org.blueledger.allegation.api;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.blueledger.allegation.service.AttachFile;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import static org.blueledger.platform.rest.QueryParams.blank;
import static org.blueledger.platform.rest.QueryParams.integer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/** {@code /api/v1/allegations}: the case file (api.md "Allegations"). */
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
    org.blueledger.followup.service.CriminalReferralService criminalReferrals;

    @Inject
    @ConfigProperty(name = "blueledger.attachments.max-bytes", defaultValue = "10485760")
    long maxAttachmentBytes;

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
        return Response.created(location).entity(CaseJson.details(d)).build();
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
        AllegationStatus st = code(AllegationStatus.class, status, "status", errors);
        MisconductKind k = code(MisconductKind.class, kind, "kind", errors);
        LocalDate from = date(receivedFrom, "receivedFrom", errors);
        LocalDate to = date(receivedTo, "receivedTo", errors);
        int p = integer(page, "page", 0, 0, Integer.MAX_VALUE / AllegationCriteria.MAX_SIZE, errors);
        int s = integer(size, "size", 50, 1, AllegationCriteria.MAX_SIZE, errors);
        String cursor = blank(after);
        if (cursor != null && CaseCursors.parse(cursor).isEmpty()) {
            errors.add(new FieldError("after", "must be the next of a page of this list"));
        } else if (cursor != null && p != 0) {
            errors.add(new FieldError("page", "must be 0 or absent with after"));
        }
        failOn(errors);
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
        AllegationStatus st = code(AllegationStatus.class, status, "status", errors);
        MisconductKind k = code(MisconductKind.class, kind, "kind", errors);
        LocalDate from = date(receivedFrom, "receivedFrom", errors);
        LocalDate to = date(receivedTo, "receivedTo", errors);
        failOn(errors);
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
        return CaseJson.details(queries.details(reference), criminalReferrals.ofCase(reference));
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
        return CaseJson.details(service.correctAllegation(reference, CaseBodies.input(in), in.version()));
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
        return CaseJson.details(service.changeStatus(reference, in.status(), in.reason(), in.version()));
    }

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
        var a = service.assign(reference, in.username(), in.role(), in.investigationId());
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

    @APIResponse(responseCode = "201", description = "Attached; Location names the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Attachment")))
    @POST
    @Path("{reference}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (the assigned CONDUCT_OFFICER, the CHIEF_OF_CONDUCT of the mission): the raw bytes "
            + "as the body; PDF, images and office documents, recognised from the content. The classification decides who "
            + "may later see the file and its name")
    @APIResponse(responseCode = "201", description = "Stored; Location names the download")
    @APIResponse(responseCode = "400", description = "Bad kind, classification, subjectId or file; errors name every bad field")
    @APIResponse(responseCode = "403", description = "Not assigned to the case, or a classification the caller could not see")
    @APIResponse(responseCode = "404", description = "No such case, or outside the caller's scope")
    @APIResponse(responseCode = "413", description = "File too large")
    public Response attach(@PathParam("reference") String reference,
                           @Parameter(description = "What the file is", required = true,
                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"EVIDENCE", "CORRESPONDENCE"}))
                           @QueryParam("kind") String kind,
                           @Parameter(description = "Which identities the file holds. VICTIM_IDENTITY: only callers "
                                   + "entitled to victim identity see it; SUBJECT_IDENTITY: only callers entitled to subject "
                                   + "identity (a liaison only when the file's subject is of its nationality); NO_IDENTITY: "
                                   + "everyone who sees the case (a liaison only when the file names a subject of its "
                                   + "nationality). Absent: VICTIM_IDENTITY, the safe default",
                                   schema = @Schema(type = SchemaType.STRING, defaultValue = "VICTIM_IDENTITY",
                                           enumeration = {"VICTIM_IDENTITY", "SUBJECT_IDENTITY", "NO_IDENTITY"}))
                           @QueryParam("classification") String classification,
                           @Parameter(description = "The id of the case's subject the file is about (as the case's GET "
                                   + "lists it); required for SUBJECT_IDENTITY; a liaison sees only files naming its nationals",
                                   schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                           @QueryParam("subjectId") String subjectId,
                           @Parameter(description = "The file's name; stored without directories and odd characters")
                           @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAttachmentBytes + 1));
        if (content.length > maxAttachmentBytes) {
            return org.blueledger.platform.rest.Problem.of(413, "Payload too large",
                    "Attachments are limited to " + maxAttachmentBytes + " bytes.").toResponse();
        }
        var t = service.attach(reference, new AttachFile(kind, classification, subjectId, fileName, content));
        URI location = org.blueledger.platform.rest.Locations.base(uriInfo).path("allegations").path(reference).path("attachments")
                .path(Long.toString(t.id())).build();
        return Response.created(location).entity(CaseJson.attachment(t)).build();
    }

    @APIResponse(responseCode = "200", description = "The file, with its own media type",
            content = {@Content(mediaType = "application/pdf", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/*", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/octet-stream", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @GET
    @Path("{reference}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment of a case the caller may see, if its classification (and, for a "
            + "liaison, its subject) lets the caller see it")
    @APIResponse(responseCode = "404", description = "No such case or file, outside the caller's scope, or a file the "
            + "caller may not see (the same answer)")
    public Response download(@PathParam("reference") String reference, @PathParam("id") long id) {
        var file = queries.attachment(reference, id);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
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

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }


    private static <E extends Enum<E>> E code(Class<E> type, String value, String field, List<FieldError> errors) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "unknown value '" + value + "'"));
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return org.blueledger.platform.time.IsoDates.parse(value);
        } catch (org.blueledger.platform.time.IsoDates.InvalidDate e) {
            errors.add(new FieldError(field, e.problem().message));
            return null;
        }
    }

}
