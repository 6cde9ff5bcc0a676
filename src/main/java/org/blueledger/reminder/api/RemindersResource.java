package org.blueledger.reminder.api;

import org.blueledger.reminder.api.schema.ReminderSchemas;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.blueledger.reminder.service.ReminderAdministration;
import org.blueledger.reminder.service.ReminderService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/admin/reminders} (ADMIN): the reminder outbox, and a run on demand. */
@Path("admin/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders", description = "Reminder e-mails for due and overdue items (ADMIN)")
public class RemindersResource {

    @Inject
    ReminderAdministration administration;

    @APIResponse(responseCode = "200", description = "The outbox",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReminderOutbox")))
    @GET
    @Operation(summary = "Whether reminders are on, and the outbox: pending and sent mails, oldest pending, most attempts")
    public ReminderSchemas.Summary summary() {
        ReminderService.Summary s = administration.summary();
        return new ReminderSchemas.Summary(s.enabled(), s.pending(), s.sent(), s.maxAttempts(),
                s.oldestPendingAt() == null ? null : s.oldestPendingAt().toString());
    }

    @POST
    @Path("run")
    @Operation(summary = "Scan for due and overdue items now, queue their reminders and send what is pending")
    @APIResponse(responseCode = "200", description = "dueItems, queued, sent, pending",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReminderRun")))
    @APIResponse(responseCode = "409", description = "No SMTP host is configured")
    public ReminderSchemas.Run run() {
        ReminderAdministration.RunResult r = administration.runNow();
        return new ReminderSchemas.Run(r.dueItems(), r.queued(), r.sent(), r.pending());
    }
}
