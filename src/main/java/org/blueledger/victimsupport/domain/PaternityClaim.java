package org.blueledger.victimsupport.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import org.blueledger.platform.domain.StampedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A paternity and child-support claim (aggregate root): the claimant (the victim or a guardian),
 * the child, the alleged father (a subject of the case) and the state that owes, and the steps
 * recorded so far. The child's name and date of birth are strictly confidential, stored apart
 * ({@code paternity_claim_child}) and encrypted: this entity holds their ciphertext only. The
 * status changes only through {@link #record}, which applies {@link ClaimLifecycle}.
 */
@Entity
@Table(name = "paternity_claim")
@SecondaryTable(name = "paternity_claim_child", pkJoinColumns = @PrimaryKeyJoinColumn(name = "claim_id"))
public class PaternityClaim extends StampedEntity {

    @Column(name = "allegation_id", nullable = false, updatable = false)
    private Long allegationId;

    @Column(name = "case_reference", nullable = false, updatable = false)
    private String caseReference;

    @Column(name = "mission_code", nullable = false, updatable = false)
    private String missionCode;

    @Column(name = "victim_id", nullable = false, updatable = false)
    private Long victimId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "member_state", nullable = false, updatable = false)
    private String memberState;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "notification_due_on", nullable = false)
    private LocalDate notificationDueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Claimant claimant;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_sex", nullable = false)
    private ChildSex childSex;

    @Column(table = "paternity_claim_child", name = "name")
    private String childName;

    @Column(table = "paternity_claim_child", name = "date_of_birth")
    private String childDateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_pause")
    private ClaimStatus statusBeforePause;

    @Column(name = "member_state_notified_on")
    private LocalDate memberStateNotifiedOn;

    @Column(name = "focal_point")
    private String focalPoint;

    @Enumerated(EnumType.STRING)
    @Column(name = "dna_sample_collected_by")
    private Party dnaSampleCollectedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "paternity_outcome")
    private PaternityOutcome paternityOutcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PaternityClaimStep> steps = new ArrayList<>();

    protected PaternityClaim() {
    }

    /** A new claim, status RECEIVED; the child's name and date of birth arrive encrypted. */
    public PaternityClaim(CaseLink link, LocalDate receivedOn, LocalDate notificationDueOn, Claimant claimant,
                          ChildSex childSex, String childName, String childDateOfBirth, Instant now, String by) {
        super(now, by);
        this.allegationId = link.allegationId();
        this.caseReference = link.reference();
        this.missionCode = link.mission();
        this.victimId = link.victimId();
        this.subjectId = link.subjectId();
        this.memberState = link.memberState();
        this.receivedOn = receivedOn;
        this.notificationDueOn = notificationDueOn;
        this.claimant = claimant;
        this.childSex = childSex;
        this.childName = childName;
        this.childDateOfBirth = childDateOfBirth;
        this.status = ClaimStatus.RECEIVED;
    }

    /** Why {@code step} cannot be taken now, if it cannot (see {@link ClaimLifecycle}). */
    public java.util.Optional<String> refusal(ClaimStep step, String result) {
        return ClaimLifecycle.refusal(status, step, hasDnaResult(), "DNA".equals(result));
    }

    /**
     * Records an allowed step (the caller has validated its fields) and moves the status;
     * a refused step throws {@link StepNotAllowedException} and changes nothing.
     */
    public PaternityClaimStep record(ClaimStep step, LocalDate on, Party by, String result, BigDecimal amount,
                                     String currency, Instant now, String user) {
        java.util.Optional<String> refused = refusal(step, result);
        if (refused.isPresent()) {
            throw new StepNotAllowedException(status, step, refused.get());
        }
        ClaimStatus next = ClaimLifecycle.after(status, step, statusBeforePause);
        switch (step) {
            case MEMBER_STATE_NOTIFIED -> memberStateNotifiedOn = on;
            case FOCAL_POINT_NAMED -> focalPoint = result;
            case DNA_SAMPLE_COLLECTED -> dnaSampleCollectedBy = by;
            case PATERNITY_ESTABLISHED -> paternityOutcome = "DNA".equals(result)
                    ? PaternityOutcome.ESTABLISHED_BY_DNA : PaternityOutcome.ESTABLISHED_BY_ADMISSION;
            case PATERNITY_NOT_ESTABLISHED -> paternityOutcome = PaternityOutcome.NOT_ESTABLISHED;
            case PAUSED_AT_CLAIMANT_REQUEST -> statusBeforePause = status;
            case RESUMED -> statusBeforePause = null;
            case CLOSED -> closedOn = on;
            default -> {
                // the step itself is the record
            }
        }
        status = next;
        touch(now, user);
        PaternityClaimStep s = new PaternityClaimStep(this, step, on, by, result, amount, currency, now, user);
        steps.add(s);
        return s;
    }

    /** Erases the child's name and date of birth (with the victim's identity); the claim itself stays, de-identified. */
    public void eraseChildIdentity() {
        childName = null;
        childDateOfBirth = null;
    }

    public boolean hasDnaResult() {
        return steps.stream().anyMatch(s -> s.getStep() == ClaimStep.DNA_TEST_RESULT);
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

    public Long getSubjectId() {
        return subjectId;
    }

    public String getMemberState() {
        return memberState;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getNotificationDueOn() {
        return notificationDueOn;
    }

    public Claimant getClaimant() {
        return claimant;
    }

    public ChildSex getChildSex() {
        return childSex;
    }

    public String getChildName() {
        return childName;
    }

    public String getChildDateOfBirth() {
        return childDateOfBirth;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public LocalDate getMemberStateNotifiedOn() {
        return memberStateNotifiedOn;
    }

    public String getFocalPoint() {
        return focalPoint;
    }

    public Party getDnaSampleCollectedBy() {
        return dnaSampleCollectedBy;
    }

    public PaternityOutcome getPaternityOutcome() {
        return paternityOutcome;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public List<PaternityClaimStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
