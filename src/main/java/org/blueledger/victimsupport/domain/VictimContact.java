package org.blueledger.victimsupport.domain;

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

/** One dated contact with a victim ("victim informed of the case status on ..."); append-only. */
@Entity
@Table(name = "victim_contact")
public class VictimContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "allegation_id", nullable = false, updatable = false)
    private Long allegationId;

    @Column(name = "case_reference", nullable = false, updatable = false)
    private String caseReference;

    @Column(name = "mission_code", nullable = false, updatable = false)
    private String missionCode;

    @Column(name = "victim_id", nullable = false, updatable = false)
    private Long victimId;

    @Column(name = "contacted_on", nullable = false, updatable = false)
    private LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactTopic topic;

    private String note;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected VictimContact() {
    }

    public VictimContact(Long allegationId, String caseReference, String missionCode, Long victimId, LocalDate contactedOn,
                         ContactTopic topic, String note, Instant at, String by) {
        this.allegationId = allegationId;
        this.caseReference = caseReference;
        this.missionCode = missionCode;
        this.victimId = victimId;
        this.contactedOn = contactedOn;
        this.topic = topic;
        this.note = note;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    /** The note may name people: it goes with the victim's identity. */
    public void eraseNote() {
        note = null;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public ContactTopic getTopic() {
        return topic;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
