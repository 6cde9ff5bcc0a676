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
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

/**
 * A victim: sex and age group are case data; name, date of birth and contact are strictly
 * confidential, stored apart (victim_identity) and encrypted: this entity holds their
 * ciphertext only, decrypted by the service layer for entitled callers.
 */
@Entity
@Table(name = "victim")
@SecondaryTable(name = "victim_identity", pkJoinColumns = @PrimaryKeyJoinColumn(name = "victim_id"))
public class Victim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "allegation_id")
    private Allegation allegation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", nullable = false)
    private AgeGroup ageGroup;

    @Column(table = "victim_identity")
    private String name;

    @Column(table = "victim_identity", name = "date_of_birth")
    private String dateOfBirth;

    @Column(table = "victim_identity")
    private String contact;

    protected Victim() {
    }

    public Victim(Allegation allegation) {
        this.allegation = allegation;
    }

    /** Identity values arrive encrypted (see the service layer); the entity never holds them in clear. */
    public void update(Sex sex, AgeGroup ageGroup, String name, String dateOfBirth, String contact) {
        this.sex = sex;
        this.ageGroup = ageGroup;
        this.name = name;
        this.dateOfBirth = dateOfBirth;
        this.contact = contact;
    }

    /** Erases name, date of birth and contact (on the victim's request); sex and age group stay for statistics. */
    public void eraseIdentity() {
        this.name = null;
        this.dateOfBirth = null;
        this.contact = null;
    }

    public boolean hasIdentity() {
        return name != null || dateOfBirth != null || contact != null;
    }

    public Long getId() {
        return id;
    }

    public Sex getSex() {
        return sex;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public String getName() {
        return name;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public String getContact() {
        return contact;
    }
}
