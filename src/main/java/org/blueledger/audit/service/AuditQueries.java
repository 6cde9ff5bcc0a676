package org.blueledger.audit.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.blueledger.audit.domain.AuditChain;
import org.blueledger.audit.domain.AuditEntry;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.persistence.QueryFilters;

import java.time.Instant;
import java.util.List;

/** The auditor's read side: filtered pages of the trail, newest first, and the chain check. */
@Stateless
@RolesAllowed("AUDITOR")
public class AuditQueries {

    public static final int MAX_SIZE = 200;
    static final int CHECK_BATCH = 1000;

    public record Criteria(String user, String reference, String action, AuditOutcome outcome, Instant from,
                           Instant to, int page, int size) {
    }

    public record Page(List<AuditRow> items, long total, int page, int size) {
    }

    /** The result of walking the chain: intact, or the first entry whose hash or link is wrong. */
    public record Verification(boolean intact, long entriesChecked, Long firstBadEntryId) {
    }

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    private static QueryFilters where(Criteria c) {
        return new QueryFilters().and("e.username = :user", "user", c.user())
                .and("e.reference = :reference", "reference", c.reference())
                .and("e.action = :action", "action", c.action())
                .and("e.outcome = :outcome", "outcome", c.outcome())
                .and("e.at >= :from", "from", c.from())
                .and("e.at < :to", "to", c.to());
    }

    /** How many entries match (one COUNT query, for the paginator). */
    public long count(Criteria c) {
        QueryFilters w = where(c);
        return w.bind(em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE 1 = 1" + w.clause(), Long.class))
                .getSingleResult();
    }

    public Page page(Criteria c) {
        QueryFilters w = where(c);
        String where = " WHERE 1 = 1" + w.clause();
        int size = Math.min(MAX_SIZE, Math.max(1, c.size()));
        int page = Math.max(0, c.page());
        TypedQuery<AuditRow> rows = w.bind(em.createQuery("SELECT NEW org.blueledger.audit.service.AuditRow(e.id, e.at, "
                + "e.username, e.action, e.reference, e.outcome, e.detail, e.clientAddress) FROM AuditEntry e" + where
                + " ORDER BY e.id DESC", AuditRow.class));
        TypedQuery<Long> count = w.bind(em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class));
        return new Page(rows.setFirstResult(page * size).setMaxResults(size).getResultList(), count.getSingleResult(),
                page, size);
    }

    /**
     * Walks each partition's chain in id order, a batch at a time, and compares its end with the
     * partition's head row (ADR 0011). Reports the lowest id among the first broken entries of the
     * partitions: an entry changed, removed from its chain (its successor no longer follows), cut
     * off the end (the head names a later entry) or belonging to no partition.
     */
    @SuppressWarnings("unchecked")
    public Verification verify() {
        long checked = 0;
        Long firstBad = null;
        List<Object[]> heads = em.createNativeQuery("SELECT id, last_id, last_hash FROM audit_head ORDER BY id")
                .getResultList();
        for (Object[] head : heads) {
            int chain = ((Number) head[0]).intValue();
            long headLastId = ((Number) head[1]).longValue();
            String previous = AuditChain.GENESIS;
            long lastId = 0;
            Long bad = null;
            walk:
            while (true) {
                List<AuditEntry> batch = em.createQuery("SELECT e FROM AuditEntry e WHERE e.chain = :chain AND e.id > :after "
                                + "ORDER BY e.id", AuditEntry.class).setParameter("chain", chain).setParameter("after", lastId)
                        .setMaxResults(CHECK_BATCH).getResultList();
                if (batch.isEmpty()) {
                    break;
                }
                for (AuditEntry e : batch) {
                    if (!e.isIntactAfter(previous)) {
                        bad = e.getId();
                        break walk;
                    }
                    previous = e.getHash();
                    lastId = e.getId();
                    checked++;
                }
                em.clear();
            }
            if (bad == null && (headLastId != lastId || !previous.equals(head[2]))) {
                bad = lastId == 0 ? headLastId : lastId;
            }
            if (bad != null && (firstBad == null || bad < firstBad)) {
                firstBad = bad;
            }
        }
        Number stray = (Number) em.createNativeQuery("SELECT MIN(id) FROM audit_entry WHERE chain < 1 OR chain > ?1")
                .setParameter(1, AuditChain.PARTITIONS).getSingleResult();
        if (stray != null && (firstBad == null || stray.longValue() < firstBad)) {
            firstBad = stray.longValue();
        }
        return new Verification(firstBad == null, checked, firstBad);
    }
}
