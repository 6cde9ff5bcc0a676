package org.blueledger.allegation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.blueledger.platform.domain.StampedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The case: one report received by a mission, with its subjects and victims. The reference
 * {@code MISSION-YYYY-NNNN} is assigned once, at intake, and never changes; the status changes
 * only through {@link #changeStatus}, which keeps the dated history.
 */
@Entity
@Table(name = "allegation")
public class Allegation extends StampedEntity {

    public static final int MAX_SUBJECTS = 50;
    public static final int MAX_VICTIMS = 50;

    /** Null only inside the intake's transaction, until {@link #number} (V021); never updated by JPA. */
    @Column(updatable = false)
    private String reference;

    @Column(name = "mission_code", nullable = false, updatable = false)
    private String missionCode;

    @Column(name = "ref_year", nullable = false, updatable = false)
    private int refYear;

    @Column(name = "ref_number", updatable = false)
    private Integer refNumber;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "incident_date")
    private LocalDate incidentDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MisconductKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "sea_type")
    private SeaType seaType;

    @Enumerated(EnumType.STRING)
    @Column(name = "sea_subtype")
    private SeaSubtype seaSubtype;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Seriousness seriousness;

    @Enumerated(EnumType.STRING)
    @Column(name = "thematic_area")
    private ThematicArea thematicArea;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllegationSource source;

    @Column(nullable = false)
    private String summary;

    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllegationStatus status;

    @Column(name = "referred_to_member_state", nullable = false)
    private boolean referredToMemberState;

    @OneToMany(mappedBy = "allegation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<Subject> subjects = new ArrayList<>();

    @OneToMany(mappedBy = "allegation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<Victim> victims = new ArrayList<>();

    @OneToMany(mappedBy = "allegation", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt ASC")
    private List<StatusChange> statusHistory = new ArrayList<>();

    protected Allegation() {
    }

    /** Records a new report in preliminary assessment, with the first entry of its history. */
    public Allegation(String missionCode, int refYear, int refNumber, AllegationFacts facts, Instant now, String by) {
        super(now, by);
        this.missionCode = missionCode;
        this.refYear = refYear;
        this.refNumber = refNumber;
        this.reference = reference(missionCode, refYear, refNumber);
        this.status = AllegationStatus.PRELIMINARY_ASSESSMENT;
        correct(facts, now, by);
        statusHistory.add(new StatusChange(this, now, by, null, status, null));
    }

    /**
     * A new report without its number yet: the intake numbers it as the last step of its
     * transaction ({@link #number}), so that the mission's counter row is locked only briefly.
     */
    public static Allegation unnumbered(String missionCode, int refYear, AllegationFacts facts, Instant now, String by) {
        Allegation a = new Allegation(missionCode, refYear, 0, facts, now, by);
        a.refNumber = null;
        a.reference = null;
        return a;
    }

    /**
     * Gives an {@link #unnumbered} case its number and reference, once. The repository writes
     * them with its own statement ({@code AllegationRepository.number}); the columns are not
     * updatable through JPA, so this is no change of the case's version.
     */
    public void number(int number) {
        if (refNumber != null) {
            throw new IllegalStateException("case " + reference + " already has its number");
        }
        this.refNumber = number;
        this.reference = reference(missionCode, refYear, number);
    }

    /** {@code UNMISS-2018-0007}: mission, year of receipt, number within mission and year. */
    public static String reference(String missionCode, int year, int number) {
        return String.format("%s-%04d-%04d", missionCode, year, number);
    }

    /** Corrects the reported facts; the status is never changed this way. */
    public void correct(AllegationFacts facts, Instant now, String by) {
        AllegationFacts f = facts.normalised();
        this.receivedOn = f.receivedOn();
        this.incidentDate = f.incidentDate();
        this.kind = f.kind();
        this.seaType = f.seaType();
        this.seaSubtype = f.seaSubtype();
        this.seriousness = f.seriousness();
        this.thematicArea = f.thematicArea();
        this.source = f.source();
        this.summary = f.summary();
        this.location = f.location();
        touch(now, by);
    }

    /**
     * Moves the case to {@code target} if the lifecycle allows it from the current status,
     * recording who, when, from, to and why.
     */
    public void changeStatus(AllegationStatus target, String reason, Set<InvestigationFinding> completedFindings,
                             Instant now, String by) {
        if (!status.canMoveTo(target, completedFindings)) {
            throw new InvalidStatusTransitionException(status, target);
        }
        statusHistory.add(new StatusChange(this, now, by, status, target, reason));
        status = target;
        touch(now, by);
    }

    public Subject addSubject() {
        Subject s = new Subject(this);
        subjects.add(s);
        return s;
    }

    public Victim addVictim() {
        Victim v = new Victim(this);
        victims.add(v);
        return v;
    }

    /** Keeps exactly the given subjects, in the given order (the others are removed). */
    public void retainSubjects(List<Subject> keep) {
        subjects.retainAll(keep);
        subjects.sort(java.util.Comparator.comparingInt(keep::indexOf));
    }

    public void retainVictims(List<Victim> keep) {
        victims.retainAll(keep);
        victims.sort(java.util.Comparator.comparingInt(keep::indexOf));
    }

    /** The UN informed a member state by note verbale: the case is referred to the member state for action. */
    public void markReferredToMemberState(Instant now, String by) {
        referredToMemberState = true;
        touch(now, by);
    }

    public String getReference() {
        return reference;
    }

    public int getRefYear() {
        return refYear;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getIncidentDate() {
        return incidentDate;
    }

    public MisconductKind getKind() {
        return kind;
    }

    public SeaType getSeaType() {
        return seaType;
    }

    public SeaSubtype getSeaSubtype() {
        return seaSubtype;
    }

    public Seriousness getSeriousness() {
        return seriousness;
    }

    public ThematicArea getThematicArea() {
        return thematicArea;
    }

    public AllegationSource getSource() {
        return source;
    }

    public String getSummary() {
        return summary;
    }

    public String getLocation() {
        return location;
    }

    public AllegationStatus getStatus() {
        return status;
    }

    public boolean isReferredToMemberState() {
        return referredToMemberState;
    }

    public List<Subject> getSubjects() {
        return Collections.unmodifiableList(subjects);
    }

    public List<Victim> getVictims() {
        return Collections.unmodifiableList(victims);
    }

    public List<StatusChange> getStatusHistory() {
        return Collections.unmodifiableList(statusHistory);
    }
}
