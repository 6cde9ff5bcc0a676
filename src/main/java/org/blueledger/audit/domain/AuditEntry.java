package org.blueledger.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of the audit trail (read-only mapping; entries are written by native SQL and never changed). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long id;

    /** The partition whose chain this entry belongs to (1 to {@link AuditChain#PARTITIONS}). */
    @Column(nullable = false)
    private int chain;

    @Column(nullable = false)
    private Instant at;

    private String username;

    @Column(nullable = false)
    private String action;

    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;

    private String detail;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "prev_hash", nullable = false)
    private String prevHash;

    @Column(nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    /** Whether the stored hash matches the content and the given previous hash. */
    public boolean isIntactAfter(String previousHash) {
        return previousHash.equals(prevHash)
                && hash.equals(AuditChain.hash(prevHash, at, username, action, reference, outcome, detail, clientAddress));
    }

    public Long getId() {
        return id;
    }

    public int getChain() {
        return chain;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getReference() {
        return reference;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getHash() {
        return hash;
    }
}
