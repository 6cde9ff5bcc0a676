package org.blueledger.victimsupport.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.platform.persistence.QueryFilters;
import org.blueledger.victimsupport.domain.AssistanceReferral;
import org.blueledger.victimsupport.domain.ReferralStatus;
import org.blueledger.victimsupport.domain.ReferralType;
import org.blueledger.victimsupport.domain.TrustFundProject;
import org.blueledger.victimsupport.domain.VictimContact;

import java.util.List;
import java.util.Optional;

/** Assistance referrals, Trust Fund projects and the contact log; referrals always read through a {@link SupportScope}. */
@ApplicationScoped
public class ReferralRepository {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Optional<AssistanceReferral> findVisible(long id, SupportScope scope) {
        return scope.bind(em.createQuery("SELECT r FROM AssistanceReferral r WHERE r.id = :id AND " + scope.predicate(),
                AssistanceReferral.class)).setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<String> caseReferenceOf(long id) {
        return em.createQuery("SELECT r.caseReference FROM AssistanceReferral r WHERE r.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public List<AssistanceReferral> page(SupportScope scope, ReferralStatus status, ReferralType type, String mission,
                                         int page, int size) {
        return filtered("SELECT r FROM AssistanceReferral r", scope, status, type, mission,
                " ORDER BY r.referredOn DESC, r.id DESC", AssistanceReferral.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(SupportScope scope, ReferralStatus status, ReferralType type, String mission) {
        return filtered("SELECT COUNT(r) FROM AssistanceReferral r", scope, status, type, mission, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, SupportScope scope, ReferralStatus status, ReferralType type,
                                       String mission, String order, Class<T> resultType) {
        QueryFilters filters = new QueryFilters().and("r.status = :status", "status", status)
                .and("r.type = :type", "type", type).and("r.missionCode = :mission", "mission", mission);
        return filters.bind(scope.bind(em.createQuery(select + " WHERE " + scope.predicate() + filters.clause() + order,
                resultType)));
    }

    public List<AssistanceReferral> ofVictim(long allegationId, long victimId) {
        return em.createQuery("SELECT r FROM AssistanceReferral r WHERE r.allegationId = :a AND r.victimId = :v "
                        + "ORDER BY r.referredOn DESC, r.id DESC", AssistanceReferral.class)
                .setParameter("a", allegationId).setParameter("v", victimId).getResultList();
    }

    /** One case's referrals within the caller's scope. */
    public List<AssistanceReferral> ofCase(SupportScope scope, String reference) {
        return scope.bind(em.createQuery("SELECT r FROM AssistanceReferral r WHERE r.caseReference = :ref AND "
                + scope.predicate() + " ORDER BY r.referredOn DESC, r.id DESC", AssistanceReferral.class))
                .setParameter("ref", reference).setMaxResults(200).getResultList();
    }

    public boolean isAssignedOfficer(long allegationId, String username) {
        return !em.createQuery("SELECT ca.id FROM CaseAssignment ca WHERE ca.allegationId = :a AND ca.username = :u "
                        + "AND ca.role = :role", Long.class).setParameter("a", allegationId).setParameter("u", username)
                .setParameter("role", CaseAssignment.Role.CONDUCT_OFFICER).setMaxResults(1).getResultList().isEmpty();
    }

    public List<TrustFundProject> projects(boolean activeOnly) {
        return em.createQuery("SELECT p FROM TrustFundProject p" + (activeOnly ? " WHERE p.active = TRUE" : "")
                + " ORDER BY p.name, p.code", TrustFundProject.class).getResultList();
    }

    public Optional<TrustFundProject> project(long id) {
        return Optional.ofNullable(em.find(TrustFundProject.class, id));
    }

    public Optional<TrustFundProject> projectByCode(String code) {
        return em.createQuery("SELECT p FROM TrustFundProject p WHERE p.code = :c", TrustFundProject.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public boolean countryExists(String code) {
        return !em.createNativeQuery("SELECT 1 FROM country WHERE code = ?1").setParameter(1, code).getResultList().isEmpty();
    }

    public List<VictimContact> contacts(long allegationId, long victimId) {
        return em.createQuery("SELECT c FROM VictimContact c WHERE c.allegationId = :a AND c.victimId = :v "
                        + "ORDER BY c.contactedOn DESC, c.id DESC", VictimContact.class)
                .setParameter("a", allegationId).setParameter("v", victimId).getResultList();
    }
}
