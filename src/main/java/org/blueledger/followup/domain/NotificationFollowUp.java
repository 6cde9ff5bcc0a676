package org.blueledger.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up note verbale sent on a notification (issue #6: "reminders and follow-up requests for outcome and action"). */
@Entity
@Table(name = "notification_follow_up")
public class NotificationFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private Long notificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FollowUpKind kind;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected NotificationFollowUp() {
    }

    public NotificationFollowUp(Long notificationId, FollowUpKind kind, LocalDate sentOn, String note, Instant now, String by) {
        this.notificationId = notificationId;
        this.kind = kind;
        this.sentOn = sentOn;
        this.note = note;
        this.createdAt = now;
        this.createdBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
