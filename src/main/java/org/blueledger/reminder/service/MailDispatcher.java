package org.blueledger.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.reminder.domain.OutboxMail;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, outside any transaction: claim a batch (a lease, committed),
 * send each mail, mark it sent (committed) or failed (tried again later with a back-off).
 * A mail is marked sent only after the SMTP server accepted it, and claimed by one instance at
 * a time, so a restart or a second instance neither loses nor repeats it; the one window left is
 * an instance dying between the server's acceptance and the mark, after which the mail goes
 * again with the same Message-ID when the lease ends.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Inject
    ReminderService reminders;

    @Inject
    MailSender sender;

    @Inject
    ReminderSettings settings;

    private final ReentrantLock draining = new ReentrantLock();

    private final String instance = UUID.randomUUID().toString().substring(0, 8);

    /** Sends every pending mail due for an attempt; returns how many went out. */
    public int drain() {
        if (!settings.enabled()) {
            return 0;
        }
        draining.lock();
        try {
            int sent = 0;
            while (true) {
                String token = instance + "-" + UUID.randomUUID();
                // Stop sending from this lease while there is still time to record a send within it.
                long lease = java.util.concurrent.TimeUnit.SECONDS.toNanos(settings.leaseSeconds());
                long margin = Math.min(lease / 2, java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(2L * settings.timeoutMillis()));
                long leaseEnds = System.nanoTime() + lease - margin;
                List<OutboxMail> batch = reminders.claim(token, settings.batchSize());
                if (batch.isEmpty()) {
                    return sent;
                }
                int failures = 0;
                int attempted = 0;
                for (OutboxMail mail : batch) {
                    if (attempted > 0 && System.nanoTime() > leaseEnds) {
                        reminders.release(token);
                        break;
                    }
                    attempted++;
                    try {
                        sender.send(mail);
                        if (!reminders.sent(mail.getId(), token)) {
                            LOG.warning("Reminder mail " + mail.getId() + " was sent after its lease ended; another "
                                    + "instance may send it again (same Message-ID). Raise blueledger.reminders.lease-seconds.");
                        }
                        sent++;
                    } catch (Exception e) {
                        failures++;
                        LOG.log(Level.WARNING, "Reminder mail " + mail.getId() + " to " + mail.getRecipientUser()
                                + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e);
                        reminders.failed(mail, token, e.toString());
                    }
                }
                if (failures == batch.size()) {
                    return sent;
                }
            }
        } finally {
            draining.unlock();
        }
    }
}
