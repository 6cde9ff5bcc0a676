package org.blueledger.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** A {@link VersionedEntity} that keeps who created it and when ({@code created_at}, {@code created_by}; never updated). */
@MappedSuperclass
public abstract class CreatedEntity extends VersionedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    /** For JPA. */
    protected CreatedEntity() {
    }

    protected CreatedEntity(Instant now, String by) {
        this.createdAt = now;
        this.createdBy = by;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
