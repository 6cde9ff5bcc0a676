package org.blueledger.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * A {@link CreatedEntity} that also keeps who changed it last and when ({@code modified_at},
 * {@code modified_by}): both are the creation's at first, and {@link #touch} moves them on.
 */
@MappedSuperclass
public abstract class StampedEntity extends CreatedEntity {

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "modified_by", nullable = false)
    private String modifiedBy;

    /** For JPA. */
    protected StampedEntity() {
    }

    protected StampedEntity(Instant now, String by) {
        super(now, by);
        this.modifiedAt = now;
        this.modifiedBy = by;
    }

    /** Records a change by {@code by} at {@code now}. */
    protected void touch(Instant now, String by) {
        this.modifiedAt = now;
        this.modifiedBy = by;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }
}
