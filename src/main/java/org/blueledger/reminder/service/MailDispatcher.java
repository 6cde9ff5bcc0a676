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

    private volatile boolean stopping;

    /** Sends every pending mail due for an attempt; returns how many went out. */
    public int drain() {
        if (!settings.enabled() || stopping) {
            return 0;
        }
        draining.lock();
        try {
            int sent = 0;
            while (!stopping) {
                String token = instance + "-" + UUID.randomUUID();
                List<OutboxMail> batch = reminders.claim(token, settings.batchSize());
                if (batch.isEmpty()) {
                    return sent;
                }
                int failures = 0;
                for (OutboxMail mail : batch) {
                    // Each mail gets a full lease of its own right before it is sent, so a slow
                    // batch cannot let another instance take a mail that is being sent.
                    if (stopping || !reminders.renew(mail.getId(), token)) {
                        continue;
                    }
                    try {
                        sender.send(mail);
                    } catch (Exception e) {
                        failures++;
                        LOG.log(Level.WARNING, "Reminder mail " + mail.getId() + " to " + mail.getRecipientUser()
                                + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e);
                        reminders.failed(mail, token, e.toString());
                        continue;
                    }
                    sent++;
                    try {
                        if (!reminders.sent(mail.getId(), token)) {
                            LOG.warning("Reminder mail " + mail.getId() + " was sent after its lease ended; another "
                                    + "instance may send it again (same Message-ID). Raise blueledger.reminders.lease-seconds.");
                        }
                    } catch (RuntimeException e) {
                        // Sent, but not recorded: stop here without giving the lease back, so the mail
                        // goes again only when its lease ends (same Message-ID), not at once.
                        LOG.log(Level.SEVERE, "Reminder mail " + mail.getId() + " was sent but could not be marked sent", e);
                        return sent;
                    }
                }
                reminders.release(token);
                if (failures == batch.size()) {
                    return sent;
                }
            }
            return sent;
        } finally {
            draining.unlock();
        }
    }

    /**
     * Stops sending (the application is stopping): the mail being sent finishes and is
     * recorded; the rest stays pending for the next start. Waits up to {@code wait} for it.
     */
    public void stop(java.time.Duration wait) {
        stopping = true;
        try {
            if (draining.tryLock(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                draining.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
