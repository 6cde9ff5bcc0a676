package org.blueledger.victimsupport.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.blueledger.victimsupport.domain.ClaimStatus;
import org.blueledger.victimsupport.domain.ReferralStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The victims' rights officer's lists: victims in scope with the support under way (one query a
 * page, counts as subqueries), and the dashboard's counts. Scope: the officer's mission, or
 * every mission ({@code mission == null}).
 */
@ApplicationScoped
public class WorkspaceRepository {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** Rows: victim id, reference, mission, sex, age group, case status, open referrals, open claims, identity erased. */
    public List<Object[]> victims(String mission, int first, int size) {
        TypedQuery<Object[]> q = em.createQuery("SELECT v.id, a.reference, a.missionCode, v.sex, v.ageGroup, a.status, "
                + "(SELECT COUNT(r.id) FROM AssistanceReferral r WHERE r.victimId = v.id AND r.status IN :openReferral), "
                + "(SELECT COUNT(c.id) FROM PaternityClaim c WHERE c.victimId = v.id AND c.status <> :closed), "
                + "CASE WHEN v.name IS NULL AND v.dateOfBirth IS NULL AND v.contact IS NULL THEN TRUE ELSE FALSE END "
                + "FROM Victim v JOIN v.allegation a" + (mission == null ? "" : " WHERE a.missionCode = :mission")
                + " ORDER BY a.receivedOn DESC, a.id DESC, v.id", Object[].class);
        if (mission != null) {
            q.setParameter("mission", mission);
        }
        return q.setParameter("openReferral", List.copyOf(ReferralStatus.OPEN)).setParameter("closed", ClaimStatus.CLOSED)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countVictims(String mission) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(v) FROM Victim v JOIN v.allegation a"
                + (mission == null ? "" : " WHERE a.missionCode = :mission"), Long.class);
        if (mission != null) {
            q.setParameter("mission", mission);
        }
        return q.getSingleResult();
    }

    public long openReferrals(String mission) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(r) FROM AssistanceReferral r WHERE r.status IN :open"
                + (mission == null ? "" : " AND r.missionCode = :mission"), Long.class);
        if (mission != null) {
            q.setParameter("mission", mission);
        }
        return q.setParameter("open", List.copyOf(ReferralStatus.OPEN)).getSingleResult();
    }

    public long openClaims(String mission, LocalDate overdueBefore) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM PaternityClaim c WHERE c.status <> :closed"
                + (overdueBefore == null ? "" : " AND c.status <> :paused AND c.memberStateNotifiedOn IS NULL "
                + "AND c.notificationDueOn < :today") + (mission == null ? "" : " AND c.missionCode = :mission"), Long.class);
        if (mission != null) {
            q.setParameter("mission", mission);
        }
        if (overdueBefore != null) {
            q.setParameter("today", overdueBefore).setParameter("paused", ClaimStatus.PAUSED);
        }
        return q.setParameter("closed", ClaimStatus.CLOSED).getSingleResult();
    }
}
