package org.blueledger.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Mail and reminder settings (MicroProfile Config; environment variables such as
 * {@code BLUELEDGER_MAIL_SMTP_HOST} override them). Without an SMTP host no reminder is
 * queued or sent: the dashboards still list what is due.
 */
@ApplicationScoped
public class ReminderSettings {

    @Inject
    @ConfigProperty(name = "blueledger.mail.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "blueledger.mail.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "blueledger.mail.smtp.username")
    Optional<String> smtpUsername;

    @Inject
    @ConfigProperty(name = "blueledger.mail.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "blueledger.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "blueledger.mail.smtp.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "blueledger.mail.from", defaultValue = "blue-ledger@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "blueledger.mail.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "blueledger.reminders.interval-seconds", defaultValue = "900")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "blueledger.reminders.initial-delay-seconds", defaultValue = "30")
    int initialDelaySeconds;

    @Inject
    @ConfigProperty(name = "blueledger.reminders.due-soon-days", defaultValue = "3")
    int dueSoonDays;

    @Inject
    @ConfigProperty(name = "blueledger.reminders.batch-size", defaultValue = "50")
    int batchSize;

    @Inject
    @ConfigProperty(name = "blueledger.reminders.lease-seconds", defaultValue = "300")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "blueledger.reminders.retry-base-seconds", defaultValue = "60")
    int retryBaseSeconds;

    public int retryBaseSeconds() {
        return Math.max(1, retryBaseSeconds);
    }

    public boolean enabled() {
        return smtpHost.filter(h -> !h.isBlank()).isPresent();
    }

    public String smtpHost() {
        return smtpHost.orElse("");
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Optional<String> smtpUsername() {
        return smtpUsername.filter(u -> !u.isBlank());
    }

    public String smtpPassword() {
        return smtpPassword.orElse("");
    }

    public boolean startTls() {
        return startTls;
    }

    public int timeoutMillis() {
        return timeoutMillis;
    }

    public String from() {
        return from;
    }

    /** The domain part of the sender's address, for Message-IDs. */
    public String fromDomain() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "localhost" : from.substring(at + 1);
    }

    public String caseUrl(String reference) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/allegation/view.xhtml?ref=" + java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8);
    }

    public int intervalSeconds() {
        return Math.max(1, intervalSeconds);
    }

    public int initialDelaySeconds() {
        return Math.max(0, initialDelaySeconds);
    }

    public int dueSoonDays() {
        return Math.max(0, dueSoonDays);
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }

    public int leaseSeconds() {
        return Math.max(10, leaseSeconds);
    }
}
