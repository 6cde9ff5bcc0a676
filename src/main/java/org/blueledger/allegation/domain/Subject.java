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
 * An alleged perpetrator. Name and service number are confidential, stored apart
 * (subject_identity) and encrypted: this entity holds their ciphertext only.
 */
@Entity
@Table(name = "subject")
@SecondaryTable(name = "subject_identity", pkJoinColumns = @PrimaryKeyJoinColumn(name = "subject_id"))
public class Subject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "allegation_id")
    private Allegation allegation;

    @Enumerated(EnumType.STRING)
    @Column(name = "personnel_category", nullable = false)
    private PersonnelCategory personnelCategory;

    @Column(length = 3)
    private String nationality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "rank_grade")
    private String rank;

    private String unit;

    @Column(table = "subject_identity")
    private String name;

    @Column(table = "subject_identity", name = "service_number")
    private String serviceNumber;

    protected Subject() {
    }

    public Subject(Allegation allegation) {
        this.allegation = allegation;
    }

    public void update(PersonnelCategory category, String nationality, Sex sex, String rank, String unit,
                       String name, String serviceNumber) {
        this.personnelCategory = category;
        this.nationality = nationality;
        this.sex = sex;
        this.rank = rank;
        this.unit = unit;
        this.name = name;
        this.serviceNumber = serviceNumber;
    }

    public Long getId() {
        return id;
    }

    public PersonnelCategory getPersonnelCategory() {
        return personnelCategory;
    }

    public String getNationality() {
        return nationality;
    }

    public Sex getSex() {
        return sex;
    }

    public String getRank() {
        return rank;
    }

    public String getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getServiceNumber() {
        return serviceNumber;
    }
}
