package org.blueledger.reminder.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.security.domain.Role;

/** What an administrator may do with reminders: see the outbox, and run a scan and a send now. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderAdministration {

    public record RunResult(int dueItems, int queued, int sent, long pending) {
    }

    @Inject
    ReminderService reminders;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    ReminderSettings settings;

    @Inject
    AuditLog audit;

    public ReminderService.Summary summary() {
        return reminders.summary();
    }

    /** The scan commits before anything is sent (the dispatcher runs after it returns). */
    public RunResult runNow() {
        if (!settings.enabled()) {
            throw new ConflictException("Reminder e-mails are off: no SMTP host is configured "
                    + "(blueledger.mail.smtp.host or BLUELEDGER_MAIL_SMTP_HOST).");
        }
        ReminderService.ScanResult scan = reminders.scan();
        int sent = dispatcher.drain();
        long pending = reminders.summary().pending();
        audit.recordIndependently(AuditAction.REMINDERS_RUN, null, AuditOutcome.ALLOWED,
                scan.dueItems() + " due items, " + scan.queued() + " e-mails queued, " + sent + " sent, " + pending + " pending");
        return new RunResult(scan.dueItems(), scan.queued(), sent, pending);
    }
}
