package org.blueledger.allegation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A conduct officer or investigator assigned to a case; referenced by the case id. */
@Entity
@Table(name = "case_assignment")
public class CaseAssignment {

    public enum Role { CONDUCT_OFFICER, INVESTIGATOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "allegation_id", nullable = false)
    private Long allegationId;

    @Column(nullable = false)
    private String username;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "investigation_id")
    private Long investigationId;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    protected CaseAssignment() {
    }

    public CaseAssignment(Long allegationId, String username, Role role, Long investigationId, Instant at, String by) {
        this.allegationId = allegationId;
        this.username = username;
        this.role = role;
        this.investigationId = investigationId;
        this.assignedAt = at;
        this.assignedBy = by;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public Long getInvestigationId() {
        return investigationId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }
}
