package org.blueledger.victimsupport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A project of the Trust Fund in Support of Victims of SEA: a provider of TRUST_FUND referrals, kept by the administrator. */
@Entity
@Table(name = "trust_fund_project")
public class TrustFundProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String country;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "modified_by", nullable = false)
    private String modifiedBy;

    protected TrustFundProject() {
    }

    public TrustFundProject(String code, String name, String country, Instant now, String by) {
        this.code = code;
        this.name = name;
        this.country = country;
        this.active = true;
        this.createdAt = now;
        this.createdBy = by;
        this.modifiedAt = now;
        this.modifiedBy = by;
    }

    public void update(String name, String country, boolean active, Instant now, String by) {
        this.name = name;
        this.country = country;
        this.active = active;
        this.modifiedAt = now;
        this.modifiedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public boolean isActive() {
        return active;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }
}
