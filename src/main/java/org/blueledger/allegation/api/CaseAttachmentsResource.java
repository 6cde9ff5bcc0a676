package org.blueledger.allegation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.allegation.service.AttachFile;
import org.blueledger.allegation.service.CaseAttachmentService;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

import java.io.IOException;
import java.io.InputStream;

/** {@code /api/v1/allegations/{ref}/attachments}: a case's files, up and down (api.md "Allegations"; the root path is {@link AllegationsResource}'s too). */
@Path("allegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allegations", description = "Intake, correction, lifecycle, assignments and attachments of cases")
public class CaseAttachmentsResource {

    @Inject
    CaseAttachmentService service;

    @Inject
    AllegationQueries queries;

    @Inject
    @ConfigProperty(name = "blueledger.attachments.max-bytes", defaultValue = "10485760")
    long maxAttachmentBytes;

    @Context
    UriInfo uriInfo;

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
}
