package org.blueledger.victimsupport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.blueledger.platform.domain.StampedEntity;

import java.time.Instant;

/** A project of the Trust Fund in Support of Victims of SEA: a provider of TRUST_FUND referrals, kept by the administrator. */
@Entity
@Table(name = "trust_fund_project")
public class TrustFundProject extends StampedEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String country;

    @Column(nullable = false)
    private boolean active;

    protected TrustFundProject() {
    }

    public TrustFundProject(String code, String name, String country, Instant now, String by) {
        super(now, by);
        this.code = code;
        this.name = name;
        this.country = country;
        this.active = true;
    }

    public void update(String name, String country, boolean active, Instant now, String by) {
        this.name = name;
        this.country = country;
        this.active = active;
        touch(now, by);
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

}
