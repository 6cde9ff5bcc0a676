package org.blueledger.reminder.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of {@code /admin/reminders}, returned by {@code RemindersResource} and written by JSON-B (absent fields: null left out). */
public final class ReminderSchemas {

    private ReminderSchemas() {
    }

    /** {@code RemindersResource.summary}. */
    @Schema(name = "ReminderOutbox")
    public record Summary(
            @Schema(required = true) boolean enabled,
            @Schema(required = true, minimum = "0") long pending,
            @Schema(required = true, minimum = "0") long sent,
            @Schema(required = true, minimum = "0") long maxAttempts,
            @Schema(format = "date-time", description = "Absent when nothing is pending") String oldestPendingAt) {
    }

    /** {@code RemindersResource.run}. */
    @Schema(name = "ReminderRun")
    public record Run(
            @Schema(required = true, minimum = "0") long dueItems,
            @Schema(required = true, minimum = "0") long queued,
            @Schema(required = true, minimum = "0") long sent,
            @Schema(required = true, minimum = "0") long pending) {
    }
}
