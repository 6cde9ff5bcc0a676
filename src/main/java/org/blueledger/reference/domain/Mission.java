package org.blueledger.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Locale;

/** A peacekeeping operation or special political mission, current or closed (reference data). */
@Entity
@Table(name = "mission")
public class Mission {

    public enum Kind { PEACEKEEPING_OPERATION, SPECIAL_POLITICAL_MISSION }

    @Id
    @Column(length = 16)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kind kind;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Mission() {
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public boolean isCurrent() {
        return closedOn == null;
    }
}
