package org.blueledger.audit.api;

import org.blueledger.audit.api.schema.AuditSchemas;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditQueries;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import static org.blueledger.platform.rest.QueryParams.blank;
import static org.blueledger.platform.rest.QueryParams.integer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/v1/audit} (AUDITOR): the trail, newest first, and its chain check. Nothing changes or deletes entries. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail (AUDITOR)")
public class AuditResource {

    @Inject
    AuditQueries queries;

    @APIResponse(responseCode = "200", description = "A page of entries, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditPage")))
    @GET
    @Operation(summary = "Audit entries, newest first; from/to are dates (UTC) or ISO-8601 instants, to is exclusive")
    public AuditSchemas.Page list(@QueryParam("reference") String reference, @QueryParam("user") String user,
                       @QueryParam("action") String action, @QueryParam("outcome") String outcome,
                       @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        AuditOutcome o = null;
        if (blank(outcome) != null) {
            try {
                o = AuditOutcome.valueOf(outcome.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("outcome", "must be ALLOWED or DENIED"));
            }
        }
        Instant f = instant(from, "from", false, errors);
        Instant t = instant(to, "to", true, errors);
        int p = integer(page, "page", 0, 0, 1_000_000, errors);
        int s = integer(size, "size", 50, 1, AuditQueries.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        AuditQueries.Page result = queries.page(new AuditQueries.Criteria(blank(user), blank(reference), blank(action), o,
                f, t, p, s));
        return new AuditSchemas.Page(result.items().stream().map(r -> new AuditSchemas.Entry(r.id(), r.at().toString(),
                r.user(), r.action(), r.reference(), r.outcome().name(), r.detail(), r.clientAddress())).toList(),
                result.total(), result.page(), result.size());
    }

    @APIResponse(responseCode = "200", description = "The result of the walk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditVerification")))
    @GET
    @Path("verification")
    @Operation(summary = "Walk the hash chain: intact, or the first entry whose hash or link is wrong")
    public AuditSchemas.Verification verify() {
        AuditQueries.Verification v = queries.verify();
        return new AuditSchemas.Verification(v.intact(), v.entriesChecked(), v.firstBadEntryId());
    }

    private static Instant instant(String value, String field, boolean endOfDay, List<FieldError> errors) {
        if (blank(value) == null) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate d = org.blueledger.platform.time.IsoDates.parse(value);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            Instant at = Instant.parse(value.strip());
            if (at.isBefore(org.blueledger.platform.time.IsoDates.EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC))
                    || at.isAfter(org.blueledger.platform.time.IsoDates.LATEST.atStartOfDay().toInstant(ZoneOffset.UTC))) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            return at;
        } catch (DateTimeParseException | org.blueledger.platform.time.IsoDates.InvalidDate e) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD or an ISO-8601 instant"));
            return null;
        }
    }

}
