package org.blueledger.audit.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.blueledger.audit.domain.AuditChain;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.request.ClientAddress;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Appends to the audit trail: who (the caller, unless given), when, what, which record, outcome
 * and client address. {@link #record} joins the caller's transaction, so a change and its
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

    public void record(String action, String reference, AuditOutcome outcome, String detail) {
        append(caller(), action, reference, outcome, detail);
    }

    public void recordAs(String username, String action, String reference, AuditOutcome outcome, String detail) {
        append(username, action, reference, outcome, detail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(String action, String reference, AuditOutcome outcome, String detail) {
        append(caller(), action, reference, outcome, detail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependentlyAs(String username, String action, String reference, AuditOutcome outcome,
                                      String detail) {
        append(username, action, reference, outcome, detail);
    }

    private void append(String username, String action, String reference, AuditOutcome outcome, String detail) {
        Instant at = AuditChain.storable(clock.instant());
        String user = cut(username, 64);
        String ref = cut(reference, 80);
        String text = cut(detail, 1000);
        String client = cut(ClientAddress.current(), 64);
        // the head row is locked until commit: appends are serialised and the chain never forks
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        String previous = (String) head[1];
        String hash = AuditChain.hash(previous, at, user, action, ref, outcome, text, client);
        em.createNativeQuery("INSERT INTO audit_entry (at, username, action, reference, outcome, detail, client_address, "
                        + "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, Timestamp.from(at)).setParameter(2, user).setParameter(3, action)
                .setParameter(4, ref).setParameter(5, outcome.name()).setParameter(6, text).setParameter(7, client)
                .setParameter(8, previous).setParameter(9, hash).executeUpdate();
        em.createNativeQuery("UPDATE audit_head SET last_id = LAST_INSERT_ID(), last_hash = ?1 WHERE id = 1")
                .setParameter(1, hash).executeUpdate();
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
