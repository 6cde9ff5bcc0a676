package org.blueledger.allegation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.Attachment;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.security.service.CallerScope;

import java.util.List;
import java.util.Optional;

/** Allegations and what hangs off them, always read through the caller's scope. */
@ApplicationScoped
public class AllegationRepository {


    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** The case with this reference if it exists AND the caller may see it; empty otherwise. */
    public Optional<Allegation> findVisible(String reference, CallerScope caller) {
        AllegationScope scope = AllegationScope.of(caller);
        return scope.bind(em.createQuery("SELECT a FROM Allegation a WHERE a.reference = :reference AND "
                                + scope.predicate(), Allegation.class))
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /** Whether a case with this reference exists at all (for the audit trail of a refused look-up only). */
    public boolean exists(String reference) {
        return em.createQuery("SELECT COUNT(a) FROM Allegation a WHERE a.reference = :r", Long.class)
                .setParameter("r", reference).getSingleResult() > 0;
    }

    /**
     * The next number of a mission and year. The counter row stays locked until the intake
     * commits, and rolls back with it: numbers are unique under concurrent intake and gap-free.
     */
    public int nextNumber(String mission, int year) {
        em.createNativeQuery("INSERT INTO allegation_number (mission_code, ref_year, last_number) VALUES (?1, ?2, 1) "
                        + "ON DUPLICATE KEY UPDATE last_number = last_number + 1")
                .setParameter(1, mission).setParameter(2, year).executeUpdate();
        Number n = (Number) em.createNativeQuery("SELECT last_number FROM allegation_number WHERE mission_code = ?1 "
                        + "AND ref_year = ?2").setParameter(1, mission).setParameter(2, year).getSingleResult();
        return n.intValue();
    }

    /**
     * Numbers a new case that was added {@link Allegation#unnumbered unnumbered}, as the last
     * write of its intake: the mission's counter row ({@link #nextNumber}) stays locked from here
     * to the commit only, instead of for the whole intake (V021).
     */
    public void number(Allegation allegation) {
        int number = nextNumber(allegation.getMissionCode(), allegation.getRefYear());
        allegation.number(number);
        em.createNativeQuery("UPDATE allegation SET ref_number = ?1, reference = ?2 WHERE id = ?3")
                .setParameter(1, number).setParameter(2, allegation.getReference()).setParameter(3, allegation.getId())
                .executeUpdate();
    }

    public void add(Allegation allegation) {
        em.persist(allegation);
        em.flush();
    }

    /**
     * Makes {@code allegation_state} say exactly which member states the case concerns (its
     * uniformed subjects' nationalities and the states notified), with the case's date of
     * receipt, in the caller's transaction:
     * the liaison's scope reads nothing else (ADR 0010). Every change of a case's subjects and
     * every notification sent calls it after the change; it flushes first. Two changes of one
     * case cannot interleave here: both have already updated the case's row (its version), whose
     * lock they hold until commit.
     */
    public void refreshMemberStates(long allegationId) {
        em.flush();
        String states = "SELECT s.nationality FROM subject s WHERE s.allegation_id = ?1 AND s.nationality IS NOT NULL "
                + "AND s.personnel_category IN (" + String.join(", ", AllegationScope.UNIFORMED.stream()
                .map(c -> "'" + c.name() + "'").toList()) + ") "
                + "UNION SELECT n.member_state FROM notification n WHERE n.allegation_id = ?1";
        em.createNativeQuery("DELETE FROM allegation_state WHERE allegation_id = ?1 AND state_code NOT IN (" + states + ")")
                .setParameter(1, allegationId).executeUpdate();
        em.createNativeQuery("INSERT IGNORE INTO allegation_state (state_code, allegation_id, received_on) "
                        + "SELECT x.nationality, a.id, a.received_on FROM (" + states + ") x JOIN allegation a ON a.id = ?1")
                .setParameter(1, allegationId).executeUpdate();
        em.createNativeQuery("UPDATE allegation_state st JOIN allegation a ON a.id = st.allegation_id "
                        + "SET st.received_on = a.received_on WHERE st.allegation_id = ?1 AND st.received_on <> a.received_on")
                .setParameter(1, allegationId).executeUpdate(); // a correction of the date of receipt
    }

    public boolean isAssigned(Long allegationId, String username, CaseAssignment.Role role) {
        return em.createQuery("SELECT COUNT(ca) FROM CaseAssignment ca WHERE ca.allegationId = :id "
                        + "AND ca.username = :user AND ca.role = :role", Long.class)
                .setParameter("id", allegationId).setParameter("user", username).setParameter("role", role)
                .getSingleResult() > 0;
    }

    /** An investigator assigned to the case for this investigation (or for all its investigations). */
    public boolean isAssignedInvestigator(Long allegationId, String username, Long investigationId) {
        return em.createQuery("SELECT COUNT(ca) FROM CaseAssignment ca WHERE ca.allegationId = :id AND ca.username = :user "
                        + "AND ca.role = org.blueledger.allegation.domain.CaseAssignment.Role.INVESTIGATOR "
                        + "AND (ca.investigationId IS NULL OR ca.investigationId = :inv)", Long.class)
                .setParameter("id", allegationId).setParameter("user", username).setParameter("inv", investigationId)
                .getSingleResult() > 0;
    }

    public List<CaseAssignment> assignments(Long allegationId) {
        return em.createQuery("SELECT ca FROM CaseAssignment ca WHERE ca.allegationId = :id ORDER BY ca.assignedAt",
                CaseAssignment.class).setParameter("id", allegationId).getResultList();
    }

    public Optional<CaseAssignment> assignment(Long allegationId, String username) {
        return em.createQuery("SELECT ca FROM CaseAssignment ca WHERE ca.allegationId = :id AND ca.username = :user",
                CaseAssignment.class).setParameter("id", allegationId).setParameter("user", username)
                .getResultStream().findFirst();
    }

    public void add(CaseAssignment assignment) {
        em.persist(assignment);
    }

    public void remove(CaseAssignment assignment) {
        em.remove(assignment);
    }

    public Allegation byId(Long id) {
        return em.find(Allegation.class, id);
    }

    /** The files of a case that the caller may see (the filter is in the WHERE clause), oldest first. */
    public List<Attachment> attachments(Long allegationId, AttachmentVisibility visibility) {
        return visibility.bind(em.createQuery("SELECT t FROM Attachment t WHERE t.allegationId = :id AND "
                        + visibility.predicate() + " ORDER BY t.uploadedAt, t.id", Attachment.class))
                .setParameter("id", allegationId).getResultList();
    }

    /** One file of a case, if it exists AND the caller may see it; empty otherwise. */
    public Optional<Attachment> attachment(Long allegationId, Long attachmentId, AttachmentVisibility visibility) {
        return visibility.bind(em.createQuery("SELECT t FROM Attachment t WHERE t.allegationId = :id AND t.id = :tid AND "
                        + visibility.predicate(), Attachment.class))
                .setParameter("id", allegationId).setParameter("tid", attachmentId).getResultStream().findFirst();
    }

    /** Whether a case has a file with this id at all (for the audit trail of a refused download only). */
    public boolean attachmentExists(Long allegationId, Long attachmentId) {
        return em.createQuery("SELECT COUNT(t) FROM Attachment t WHERE t.allegationId = :id AND t.id = :tid", Long.class)
                .setParameter("id", allegationId).setParameter("tid", attachmentId).getSingleResult() > 0;
    }

    /** Stores a file's bytes with its metadata (native: the entity does not map the content). */
    public long addAttachment(Attachment a, byte[] content) {
        em.createNativeQuery("INSERT INTO attachment (allegation_id, kind, classification, subject_id, file_name, "
                        + "media_type, size_bytes, sha256, content, uploaded_at, uploaded_by) "
                        + "VALUES (?1, ?2, ?10, ?11, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, a.getAllegationId()).setParameter(2, a.getKind().name())
                .setParameter(3, a.getFileName()).setParameter(4, a.getMediaType())
                .setParameter(5, a.getSizeBytes()).setParameter(6, a.getSha256()).setParameter(7, content)
                .setParameter(8, java.sql.Timestamp.from(a.getUploadedAt())).setParameter(9, a.getUploadedBy())
                .setParameter(10, a.getClassification().name()).setParameter(11, a.getSubjectId())
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    public byte[] attachmentContent(Long attachmentId) {
        return (byte[]) em.createNativeQuery("SELECT content FROM attachment WHERE id = ?1")
                .setParameter(1, attachmentId).getSingleResult();
    }
}
