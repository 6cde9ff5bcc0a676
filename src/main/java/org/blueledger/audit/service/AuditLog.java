package org.blueledger.audit.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditChain;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.request.ClientAddress;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Appends to the audit trail: who (the caller, unless given), when, what, which record, outcome
 * and client address, to one of {@link AuditChain#PARTITIONS} hash chains (ADR 0011). {@link #record} joins the caller's transaction, so a change and its
 * entry commit or roll back together; {@link #recordIndependently} commits on its own, for
 * reads, sign-ins and refusals whose transaction is about to roll back.
 */
@Stateless
@PermitAll
public class AuditLog {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private static final String PARTITION_KEY = AuditLog.class.getName() + ".partition";

    public void record(AuditAction action, String reference, AuditOutcome outcome, String detail) {
        append(caller(), action, reference, outcome, detail);
    }

    public void recordAs(String username, AuditAction action, String reference, AuditOutcome outcome, String detail) {
        append(username, action, reference, outcome, detail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(AuditAction action, String reference, AuditOutcome outcome, String detail) {
        append(caller(), action, reference, outcome, detail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependentlyAs(String username, AuditAction action, String reference, AuditOutcome outcome,
                                      String detail) {
        append(username, action, reference, outcome, detail);
    }

    private void append(String username, AuditAction action, String reference, AuditOutcome outcome, String detail) {
        Instant at = AuditChain.storable(clock.instant());
        String user = cut(username, 64);
        String ref = cut(reference, 80);
        String text = cut(detail, 1000);
        String client = cut(ClientAddress.current(), 64);
        int chain = partition();
        // the partition's head row is locked until commit: appends to one partition are serialised
        // and its chain never forks; appends to the other partitions go on meanwhile (ADR 0011)
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_id, last_hash FROM audit_head WHERE id = ?1 FOR UPDATE")
                .setParameter(1, chain).getSingleResult();
        String previous = (String) head[1];
        String hash = AuditChain.hash(previous, at, user, action.name(), ref, outcome, text, client);
        em.createNativeQuery("INSERT INTO audit_entry (chain, at, username, action, reference, outcome, detail, "
                        + "client_address, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, chain).setParameter(2, Timestamp.from(at)).setParameter(3, user).setParameter(4, action.name())
                .setParameter(5, ref).setParameter(6, outcome.name()).setParameter(7, text).setParameter(8, client)
                .setParameter(9, previous).setParameter(10, hash).executeUpdate();
        em.createNativeQuery("UPDATE audit_head SET last_id = LAST_INSERT_ID(), last_hash = ?1 WHERE id = ?2")
                .setParameter(1, hash).setParameter(2, chain).executeUpdate();
    }

    /**
     * The partition of this transaction's entries: drawn at random on its first append, then kept
     * for every other append of the same transaction, so that a transaction locks one head row
     * only and two transactions can never wait for each other's partitions.
     */
    private int partition() {
        Object chosen = transactions.getResource(PARTITION_KEY);
        if (chosen instanceof Integer p) {
            return p;
        }
        int p = 1 + ThreadLocalRandom.current().nextInt(AuditChain.PARTITIONS);
        transactions.putResource(PARTITION_KEY, p);
        return p;
    }

    private String caller() {
        try {
            Principal p = securityContext.getCallerPrincipal();
            return p == null ? null : p.getName();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
