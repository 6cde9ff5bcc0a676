package org.blueledger.followup.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.followup.domain.CriminalReferral;

import java.util.List;
import java.util.Optional;

/** Referrals for criminal accountability of a case; joins the caller's transaction. */
@ApplicationScoped
public class CriminalReferralRepository {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** The referrals of a case, oldest first; with {@code state}, only those to that state (a liaison's). */
    public List<CriminalReferral> ofCase(Long allegationId, String state) {
        var q = em.createQuery("SELECT r FROM CriminalReferral r WHERE r.allegationId = :a"
                        + (state == null ? "" : " AND r.referredTo = :s") + " ORDER BY r.referredOn, r.id", CriminalReferral.class)
                .setParameter("a", allegationId);
        if (state != null) {
            q.setParameter("s", state);
        }
        return q.getResultList();
    }

    /** One referral of a case by reference, with the state in the WHERE clause when given (a liaison's own). */
    public Optional<CriminalReferral> find(String reference, long id, String state) {
        var q = em.createQuery("SELECT r FROM CriminalReferral r, Allegation a WHERE r.id = :id AND a.id = r.allegationId "
                        + "AND a.reference = :ref" + (state == null ? "" : " AND r.referredTo = :s"), CriminalReferral.class)
                .setParameter("id", id).setParameter("ref", reference);
        if (state != null) {
            q.setParameter("s", state);
        }
        return q.getResultStream().findFirst();
    }

    /** The mission of the case a referral belongs to. */
    public Optional<String> missionOf(String reference) {
        return em.createQuery("SELECT a.missionCode FROM Allegation a WHERE a.reference = :r", String.class)
                .setParameter("r", reference).getResultStream().findFirst();
    }

    public boolean exists(Long subjectId, String state) {
        return em.createQuery("SELECT COUNT(r) FROM CriminalReferral r WHERE r.subjectId = :s AND r.referredTo = :t", Long.class)
                .setParameter("s", subjectId).setParameter("t", state).getSingleResult() > 0;
    }

    public void persist(CriminalReferral r) {
        em.persist(r);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
