package org.blueledger.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.blueledger.platform.domain.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** An interim or final action on a subject, by the UN or the member state. */
@Entity
@Table(name = "case_action")
public class CaseAction extends VersionedEntity {

    @Column(name = "allegation_id", nullable = false, updatable = false)
    private Long allegationId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionAuthority authority;

    @Column(nullable = false)
    private String type;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    private String details;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected CaseAction() {
    }

    public CaseAction(Long allegationId, Long subjectId, ActionStage stage, ActionAuthority authority, String type,
                      LocalDate decidedOn, String details, Instant now, String by) {
        this.allegationId = allegationId;
        this.subjectId = subjectId;
        this.stage = stage;
        this.authority = authority;
        this.type = type;
        this.decidedOn = decidedOn;
        this.details = details;
        this.recordedAt = now;
        this.recordedBy = by;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public ActionStage getStage() {
        return stage;
    }

    public ActionAuthority getAuthority() {
        return authority;
    }

    public String getType() {
        return type;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDetails() {
        return details;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
