package org.blueledger.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;

/** An ISO 3166-1 country, identified by its alpha-3 code (reference data). */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(length = 3)
    private String code;

    @Column(nullable = false, length = 2)
    private String alpha2;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    protected Country() {
    }

    public String getCode() {
        return code;
    }

    public String getAlpha2() {
        return alpha2;
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }
}
