package org.blueledger.reminder.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One e-mail waiting in, or sent from, the outbox. Rows are written and updated by SQL in
 * {@code OutboxRepository} (an idempotent insert and leased claims); this entity only reads them.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, updatable = false)
    private String dedupKey;

    @Column(name = "recipient_user", nullable = false, updatable = false)
    private String recipientUser;

    @Column(name = "recipient_address", nullable = false, updatable = false)
    private String recipientAddress;

    @Column(updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claimed_by", insertable = false, updatable = false)
    private String claimedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    public Long getId() {
        return id;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getRecipientUser() {
        return recipientUser;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public String getReference() {
        return reference;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /**
     * The Message-ID header: the same for every attempt at this row, so that in the one case
     * where a mail can go out twice (the server accepted it and the instance died before
     * recording it) the receiving side sees the same message again.
     */
    public String messageId(String domain) {
        return "<reminder-" + id + "." + Integer.toHexString(dedupKey.hashCode()) + "@" + domain + ">";
    }
}
