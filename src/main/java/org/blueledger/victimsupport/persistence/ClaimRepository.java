package org.blueledger.victimsupport.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.blueledger.victimsupport.domain.ClaimStatus;
import org.blueledger.victimsupport.domain.PaternityClaim;

import org.blueledger.allegation.domain.Victim;
import org.blueledger.platform.persistence.QueryFilters;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/** Paternity claims, always read through a {@link SupportScope}; joins the caller's transaction. */
@ApplicationScoped
public class ClaimRepository {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    public void add(PaternityClaim claim) {
        em.persist(claim);
        em.flush();
    }

    public Optional<PaternityClaim> findVisible(long id, SupportScope scope) {
        return scope.bind(em.createQuery("SELECT c FROM PaternityClaim c WHERE c.id = :id AND " + scope.predicate(),
                PaternityClaim.class)).setParameter("id", id).getResultStream().findFirst();
    }

    /** The case reference of a claim that exists, whoever may see it (for the audit entry of a refusal). */
    public Optional<String> caseReferenceOf(long id) {
        return em.createQuery("SELECT c.caseReference FROM PaternityClaim c WHERE c.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public List<PaternityClaim> page(SupportScope scope, ClaimStatus status, String memberState, String reference,
                                     int page, int size) {
        TypedQuery<PaternityClaim> q = filtered("SELECT c FROM PaternityClaim c", scope, status, memberState, reference,
                " ORDER BY c.receivedOn DESC, c.id DESC", PaternityClaim.class);
        // the steps of the whole page in one more query, not one per claim
        q.setHint("eclipselink.batch", "c.steps").setHint("eclipselink.batch.type", "IN");
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(SupportScope scope, ClaimStatus status, String memberState, String reference) {
        return filtered("SELECT COUNT(c) FROM PaternityClaim c", scope, status, memberState, reference, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, SupportScope scope, ClaimStatus status, String memberState,
                                       String reference, String order, Class<T> type) {
        QueryFilters filters = new QueryFilters().and("c.status = :status", "status", status)
                .and("c.memberState = :state", "state", memberState)
                .and("c.caseReference = :reference", "reference", reference);
        return filters.bind(scope.bind(em.createQuery(select + " WHERE " + scope.predicate() + filters.clause() + order,
                type)));
    }

    public void flush() {
        em.flush();
    }

    public Optional<Victim> victim(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Victim.class, id));
    }

    /** The victims of these ids, by id, in one query. */
    public Map<Long, Victim> victims(Collection<Long> ids) {
        Map<Long, Victim> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT v FROM Victim v WHERE v.id IN :ids", Victim.class).setParameter("ids", Set.copyOf(ids))
                    .getResultList().forEach(v -> out.put(v.getId(), v));
        }
        return out;
    }

    /** The claims of one victim (for the erasure of the child's identity with the victim's). */
    public List<PaternityClaim> ofVictim(long allegationId, long victimId) {
        return em.createQuery("SELECT c FROM PaternityClaim c WHERE c.allegationId = :a AND c.victimId = :v",
                PaternityClaim.class).setParameter("a", allegationId).setParameter("v", victimId).getResultList();
    }

    /**
     * Open claims whose state the UN has not notified, received on or before {@code cutoff}
     * (the notification clock, due by the horizon), most urgent first (or newest first).
     */
    public List<PaternityClaim> awaitingNotification(SupportScope scope, LocalDate cutoff, String reference, int limit,
                                                     boolean newestFirst) {
        String dir = newestFirst ? " DESC" : "";
        TypedQuery<PaternityClaim> q = scope.bind(em.createQuery("SELECT c FROM PaternityClaim c "
                + "WHERE c.memberStateNotifiedOn IS NULL AND c.status NOT IN :ended AND c.receivedOn <= :cutoff AND "
                + scope.predicate() + (reference == null ? "" : " AND c.caseReference = :reference")
                + " ORDER BY c.notificationDueOn" + dir + ", c.id" + dir, PaternityClaim.class));
        if (reference != null) {
            q.setParameter("reference", reference);
        }
        return q.setParameter("ended", List.of(ClaimStatus.CLOSED, ClaimStatus.PAUSED)).setParameter("cutoff", cutoff)
                .setMaxResults(limit).getResultList();
    }

    /** The notification rule of domain.md (reference data): amount and unit. */
    public Object[] notificationRule() {
        return (Object[]) em.createNativeQuery("SELECT amount, unit FROM deadline_rule WHERE code = 'UN_NOTIFIES_PATERNITY_CLAIM'")
                .getSingleResult();
    }

    /**
     * Claims received in the period by status (de-identified rows count as any other: an erasure
     * removes only the identity), optionally of one mission, one state of the alleged father, or
     * one personnel category of the alleged father.
     */
    /**
     * Claims received in the period, by status: {@code [ClaimStatus, count]} rows. Native SQL over
     * {@code paternity_claim} alone: a JPQL query on the entity would inner-join its secondary
     * table (the child's identity) and so miss a claim stored without that row.
     */
    public List<Object[]> countByStatus(LocalDate from, LocalDate to, String mission, String memberState, String category) {
        StringBuilder sql = new StringBuilder("SELECT c.status, COUNT(*) FROM paternity_claim c WHERE c.received_on >= ?1 "
                + "AND c.received_on <= ?2");
        if (mission != null) {
            sql.append(" AND c.mission_code = ?3");
        }
        if (memberState != null) {
            sql.append(" AND c.member_state = ?4");
        }
        if (category != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM subject s WHERE s.id = c.subject_id AND s.personnel_category = ?5)");
        }
        sql.append(" GROUP BY c.status");
        jakarta.persistence.Query q = em.createNativeQuery(sql.toString())
                .setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to));
        if (mission != null) {
            q.setParameter(3, mission);
        }
        if (memberState != null) {
            q.setParameter(4, memberState);
        }
        if (category != null) {
            q.setParameter(5, category);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Object[] {org.blueledger.victimsupport.domain.ClaimStatus.valueOf((String) r[0]),
                ((Number) r[1]).longValue()}).toList();
    }
}
