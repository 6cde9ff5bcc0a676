package org.blueledger.victimsupport.domain;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One dated step of a claim, as recorded (append-only: a step is never edited). */
@Entity
@Table(name = "paternity_claim_step")
public class PaternityClaimStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private PaternityClaim claim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStep step;

    @Column(name = "on_date", nullable = false)
    private LocalDate onDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "by_party")
    private Party by;

    private String result;

    private BigDecimal amount;

    private String currency;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected PaternityClaimStep() {
    }

    PaternityClaimStep(PaternityClaim claim, ClaimStep step, LocalDate on, Party by, String result, BigDecimal amount,
                       String currency, Instant recordedAt, String recordedBy) {
        this.claim = claim;
        this.step = step;
        this.onDate = on;
        this.by = by;
        this.result = result;
        this.amount = amount;
        this.currency = currency;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public ClaimStep getStep() {
        return step;
    }

    public LocalDate getOn() {
        return onDate;
    }

    public Party getBy() {
        return by;
    }

    public String getResult() {
        return result;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
