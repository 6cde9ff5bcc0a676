package org.blueledger.audit.api.schema;

import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answers of {@code /audit}: {@code AuditResource} returns these records, JSON-B writes them (nullable fields as null). */
public final class AuditSchemas {

    private AuditSchemas() {
    }

    /** An entry of {@code AuditResource.list}. */
    @Schema(name = "AuditEntry")
    @JsonbNillable
    public record Entry(
            @Schema(required = true, minimum = "1") long id,
            @Schema(required = true, format = "date-time") String at,
            @Schema(required = true, nullable = true) String user,
            @Schema(required = true) String action,
            @Schema(required = true, nullable = true, description = "The case's reference, or the path") String reference,
            @Schema(required = true, enumeration = {"ALLOWED", "DENIED"}) String outcome,
            @Schema(required = true, nullable = true) String detail,
            @Schema(required = true, nullable = true) String clientAddress) {
    }

    /** {@code AuditResource.list}. */
    @Schema(name = "AuditPage")
    public record Page(
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Entry.class) List<Entry> items,
            @Schema(required = true, minimum = "0") long total,
            @Schema(required = true, minimum = "0") int page,
            @Schema(required = true, minimum = "1") int size) {
    }

    /** {@code AuditResource.verify}. */
    @Schema(name = "AuditVerification")
    @JsonbNillable
    public record Verification(
            @Schema(required = true) boolean intact,
            @Schema(required = true, minimum = "0") long entriesChecked,
            @Schema(required = true, nullable = true) Long firstBadEntryId) {
    }
}
