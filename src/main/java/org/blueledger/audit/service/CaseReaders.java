package org.blueledger.audit.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * "Who viewed this case": the reads of one record, for the chief of conduct of its mission.
 * The caller's right to the record is checked by the case file before it asks.
 */
@Stateless
@RolesAllowed("CHIEF_OF_CONDUCT")
public class CaseReaders {

    public static final int LIMIT = 200;

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    public List<AuditRow> readsOf(String reference) {
        return em.createQuery("SELECT NEW org.blueledger.audit.service.AuditRow(e.id, e.at, e.username, e.action, "
                        + "e.reference, e.outcome, e.detail, e.clientAddress) FROM AuditEntry e WHERE e.reference = :r "
                        + "AND e.action IN ('CASE_READ', 'ATTACHMENT_DOWNLOADED', 'ACCESS_DENIED') ORDER BY e.id DESC", AuditRow.class)
                .setParameter("r", reference).setMaxResults(LIMIT).getResultList();
    }
}
