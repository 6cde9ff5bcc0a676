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
import org.blueledger.platform.cluster.DataGrid;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reminder scan and then the dispatcher every {@code blueledger.reminders.interval-seconds},
 * starting shortly after deployment, so mail left pending by a stopped instance goes out after
 * the restart. In a cluster every instance schedules the run, but only the data grid's leader
 * ({@link DataGrid#isLeader()}, its oldest member) does it, so the cluster scans once per interval;
 * when the leader dies the next oldest instance takes over at its next run. Were two to run at once
 * (a split grid), the outbox's unique key and leases still keep each mail to one sending.
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

    @Inject
    DataGrid grid;

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
        if (grid != null && !grid.isLeader()) {
            LOG.fine("Reminders: another instance of the cluster is the leader; nothing to do here.");
            return;
        }
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
