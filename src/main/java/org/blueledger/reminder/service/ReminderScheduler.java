package org.blueledger.reminder.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reminder scan and then the dispatcher every {@code blueledger.reminders.interval-seconds},
 * starting shortly after deployment, so mail left pending by a stopped instance goes out after
 * the restart. Safe on several instances: the outbox's unique key and leases do the
 * coordination in the database.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ReminderService reminders;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    ReminderSettings settings;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        if (!settings.enabled()) {
            LOG.info("Reminder e-mails are off: no SMTP host (blueledger.mail.smtp.host / BLUELEDGER_MAIL_SMTP_HOST).");
            return;
        }
        task = executor.scheduleWithFixedDelay(this::runOnce, settings.initialDelaySeconds(), settings.intervalSeconds(),
                TimeUnit.SECONDS);
        LOG.info(() -> "Reminder e-mails through " + settings.smtpHost() + ":" + settings.smtpPort() + " every "
                + settings.intervalSeconds() + " s.");
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
            dispatcher.stop(java.time.Duration.ofSeconds(30));
        }
    }

    void runOnce() {
        try {
            reminders.scan();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder scan failed; the next run tries again.", e);
        }
        try {
            dispatcher.drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending reminders failed; the next run tries again.", e);
        }
    }
}
