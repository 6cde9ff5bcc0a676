package org.blueledger.allegation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * "This case concerns this member state": it names a uniformed subject of that nationality, or
 * a notification was sent to that state. Derived from the subjects and notifications and kept
 * exact in the same transaction by {@code AllegationRepository.refreshMemberStates}; read only
 * by the liaison's scope predicate (ADR 0010), never written through JPA.
 */
@Entity
@Table(name = "allegation_state")
@IdClass(AllegationState.Key.class)
public class AllegationState {

    @Id
    @Column(name = "state_code", nullable = false, updatable = false)
    private String stateCode;

    @Id
    @Column(name = "allegation_id", nullable = false, updatable = false)
    private Long allegationId;

    protected AllegationState() {
    }

    public String getStateCode() {
        return stateCode;
    }

    public Long getAllegationId() {
        return allegationId;
    }

    /** The composite key (state, case). */
    public static class Key implements Serializable {
        private String stateCode;
        private Long allegationId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(stateCode, k.stateCode) && Objects.equals(allegationId, k.allegationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stateCode, allegationId);
        }
    }
}
