package org.blueledger.followup.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.followup.domain.CaseAction;
import org.blueledger.followup.domain.Investigation;
import org.blueledger.followup.domain.Notification;

import java.util.List;

/** The follow-up's rows: investigations, notes verbales with their follow-ups, actions; joins the caller's transaction. */
@ApplicationScoped
public class FollowUpRepository {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** The investigations of a case that an investigator is assigned to (one by one, or all through a case-wide assignment). */
    public List<Investigation> investigationsAssignedTo(Long allegationId, String username) {
        return em.createQuery("SELECT i FROM Investigation i WHERE i.allegationId = :id AND EXISTS (SELECT ca.id "
                                + "FROM CaseAssignment ca WHERE ca.allegationId = i.allegationId AND ca.username = :user "
                                + "AND ca.role = org.blueledger.allegation.domain.CaseAssignment.Role.INVESTIGATOR "
                                + "AND (ca.investigationId IS NULL OR ca.investigationId = i.id)) ORDER BY i.id",
                        Investigation.class)
                .setParameter("id", allegationId).setParameter("user", username)
                .setHint("eclipselink.batch", "i.subjectIds").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    public List<Investigation> investigations(Long allegationId) {
        return em.createQuery("SELECT i FROM Investigation i WHERE i.allegationId = :id ORDER BY i.id",
                Investigation.class).setParameter("id", allegationId)
                .setHint("eclipselink.batch", "i.subjectIds").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    public List<Notification> notifications(Long allegationId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.allegationId = :id ORDER BY n.id",
                        Notification.class).setParameter("id", allegationId)
                .setHint("eclipselink.batch", "n.followUps").setHint("eclipselink.batch.type", "IN").getResultList();
    }

    /** A note verbale addressed to the given state; empty for any other state, as for a missing one. */
    public java.util.Optional<Notification> notificationTo(Long id, String memberState) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.id = :id AND n.memberState = :state",
                        Notification.class)
                .setParameter("id", id).setParameter("state", memberState).getResultStream().findFirst();
    }

    public List<CaseAction> actions(Long allegationId) {
        return em.createQuery("SELECT c FROM CaseAction c WHERE c.allegationId = :id ORDER BY c.id",
                CaseAction.class).setParameter("id", allegationId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** Writes pending changes and reloads the entity, so read-only relations show rows added on their own. */
    public void flushAndRefresh(Object entity) {
        em.flush();
        em.refresh(entity);
    }

    /**
     * The subjects of a case that its follow-up names (an investigation, an action or a criminal
     * referral): a correction may not remove them. One query; the case's own rows only.
     */
    public java.util.Set<Long> subjectsInFollowUp(Long allegationId) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (Object id : em.createNativeQuery("SELECT x.subject_id FROM investigation_subject x "
                        + "JOIN investigation i ON i.id = x.investigation_id WHERE i.allegation_id = ?1 "
                        + "UNION SELECT c.subject_id FROM case_action c WHERE c.allegation_id = ?2 "
                        + "UNION SELECT r.subject_id FROM criminal_referral r WHERE r.allegation_id = ?3")
                .setParameter(1, allegationId).setParameter(2, allegationId).setParameter(3, allegationId)
                .getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** The action type's stage and authority, if the type exists and is active. */
    public java.util.Optional<Object[]> actionType(String code) {
        return em.createNativeQuery("SELECT stage, authority FROM action_type WHERE code = ?1 AND active")
                .setParameter(1, code).getResultStream().findFirst().map(r -> (Object[]) r);
    }

}
