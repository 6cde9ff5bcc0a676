package org.blueledger.deadline.api.schema;

import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answers of {@code GET /api/v1/deadlines} (written by JSON-B, described in the OpenAPI document). */
public final class DeadlineSchemas {

    private DeadlineSchemas() {
    }

    /** {@code DeadlinesResource.list}. */
    @Schema(name = "Deadlines")
    @JsonbNillable
    public record Deadlines(@Schema(required = true, type = SchemaType.ARRAY, implementation = Deadline.class) List<Deadline> items) {
    }

    /** An item of {@code DeadlinesResource.list}. */
    @Schema(name = "Deadline")
    @JsonbNillable
    public record Deadline(
            @Schema(required = true, enumeration = {"MEMBER_STATE_NOTIFICATION", "NOTE_VERBALE_ANSWER", "INVESTIGATION",
                    "ACTION_REPORT"}) String what,
            @Schema(required = true) String reference,
            @Schema(required = true, format = "date") String dueOn,
            @Schema(required = true, nullable = true, pattern = "^[A-Z]{3}$") String memberState,
            @Schema(required = true) boolean overdue) {
    }
}
