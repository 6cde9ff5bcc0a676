package org.blueledger.followup.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.blueledger.platform.domain.CreatedEntity;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.platform.error.ConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/** An investigation of a case by one entity, covering some of its subjects, ending with a finding. */
@Entity
@Table(name = "investigation")
public class Investigation extends CreatedEntity {

    @Column(name = "allegation_id", nullable = false, updatable = false)
    private Long allegationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvestigatingEntity entity;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    private InvestigationFinding finding;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "investigation_subject", joinColumns = @JoinColumn(name = "investigation_id"))
    @Column(name = "subject_id")
    private Set<Long> subjectIds = new HashSet<>();

    protected Investigation() {
    }

    public Investigation(Long allegationId, InvestigatingEntity entity, LocalDate startedOn, LocalDate dueOn,
                         Set<Long> subjectIds, Instant now, String by) {
        super(now, by);
        this.allegationId = allegationId;
        this.entity = entity;
        this.startedOn = startedOn;
        this.dueOn = dueOn;
        this.subjectIds = new HashSet<>(subjectIds);
    }

    /** Records the finding; an investigation is completed once. */
    public void complete(LocalDate on, InvestigationFinding result) {
        if (completedOn != null) {
            throw new ConflictException("Investigation " + getId() + " was already completed on " + completedOn + ".");
        }
        this.completedOn = on;
        this.finding = result;
    }

    /** Days from start to completion (null while open). */
    public Long durationDays() {
        return completedOn == null ? null : ChronoUnit.DAYS.between(startedOn, completedOn);
    }

    public Long getAllegationId() {
        return allegationId;
    }

    public InvestigatingEntity getEntity() {
        return entity;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public InvestigationFinding getFinding() {
        return finding;
    }

    public Set<Long> getSubjectIds() {
        return Set.copyOf(subjectIds);
    }
}
