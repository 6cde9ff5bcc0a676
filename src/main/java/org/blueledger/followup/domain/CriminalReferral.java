package org.blueledger.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.blueledger.platform.domain.StampedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral for criminal accountability (api.md, domain.md): the UN refers a UN official or
 * expert on mission named as a subject of the case to the state of nationality, which later
 * reports the outcome. Part of the case's follow-up; counted in the annual statistics.
 */
@Entity
@Table(name = "criminal_referral")
public class CriminalReferral extends StampedEntity {

    @Column(name = "allegation_id", nullable = false, updatable = false)
    private Long allegationId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "referred_to", nullable = false, updatable = false)
    private String referredTo;

    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    protected CriminalReferral() {
    }

    public CriminalReferral(Long allegationId, Long subjectId, String referredTo, LocalDate referredOn, Instant now,
                            String by) {
        super(now, by);
        this.allegationId = allegationId;
        this.subjectId = subjectId;
        this.referredTo = referredTo;
        this.referredOn = referredOn;
        this.outcome = ReferralOutcome.PENDING;
    }

    /** The state reports back (or the UN records) what came of the referral. */
    public void recordOutcome(ReferralOutcome outcome, LocalDate on, Instant now, String by) {
        this.outcome = outcome;
        this.outcomeOn = on;
        touch(now, by);
    }

    public Long getAllegationId() {
        return allegationId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public ReferralOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }
}
