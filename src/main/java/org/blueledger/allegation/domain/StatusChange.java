package org.blueledger.allegation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One dated entry of a case's status history (who, when, from, to, reason). Never changed. */
@Entity
@Table(name = "status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "allegation_id")
    private Allegation allegation;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private AllegationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private AllegationStatus toStatus;

    private String reason;

    protected StatusChange() {
    }

    StatusChange(Allegation allegation, Instant at, String by, AllegationStatus from, AllegationStatus to, String reason) {
        this.allegation = allegation;
        this.changedAt = at;
        this.changedBy = by;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public AllegationStatus getFromStatus() {
        return fromStatus;
    }

    public AllegationStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }
}
