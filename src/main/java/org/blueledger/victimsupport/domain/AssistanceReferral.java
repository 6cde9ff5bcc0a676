package org.blueledger.victimsupport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.blueledger.platform.domain.StampedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A victim's referral to assistance (aggregate root): the type, the provider (for the Trust
 * Fund, one of its projects), the day of referral and the day the victim consented (never
 * without consent), and where it stands.
 */
@Entity
@Table(name = "assistance_referral")
public class AssistanceReferral extends StampedEntity {

    @Column(name = "allegation_id", nullable = false, updatable = false)
    private Long allegationId;

    @Column(name = "case_reference", nullable = false, updatable = false)
    private String caseReference;

    @Column(name = "mission_code", nullable = false, updatable = false)
    private String missionCode;

    @Column(name = "victim_id", nullable = false, updatable = false)
    private Long victimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReferralType type;

    @Column(nullable = false, updatable = false)
    private String provider;

    @Column(name = "trust_fund_project_id", updatable = false)
    private Long trustFundProjectId;

    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;

    @Column(name = "consent_on", nullable = false, updatable = false)
    private LocalDate consentOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    private String notes;

    protected AssistanceReferral() {
    }

    public AssistanceReferral(Long allegationId, String caseReference, String missionCode, Long victimId, ReferralType type,
                              String provider, Long trustFundProjectId, LocalDate referredOn, LocalDate consentOn,
                              Instant now, String by) {
        super(now, by);
        this.allegationId = allegationId;
        this.caseReference = caseReference;
        this.missionCode = missionCode;
        this.victimId = victimId;
        this.type = type;
        this.provider = provider;
        this.trustFundProjectId = trustFundProjectId;
        this.referredOn = referredOn;
        this.consentOn = consentOn;
        this.status = ReferralStatus.REFERRED;
    }

    /** Moves the referral (the caller checked {@link ReferralStatus#canMoveTo} and the dates). */
    public void update(ReferralStatus status, LocalDate startedOn, LocalDate closedOn, String notes, Instant now, String by) {
        this.status = status;
        this.startedOn = startedOn;
        this.closedOn = closedOn;
        this.notes = notes;
        touch(now, by);
    }

    public Long getAllegationId() {
        return allegationId;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public Long getVictimId() {
        return victimId;
    }

    public ReferralType getType() {
        return type;
    }

    public String getProvider() {
        return provider;
    }

    public Long getTrustFundProjectId() {
        return trustFundProjectId;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getNotes() {
        return notes;
    }

}
