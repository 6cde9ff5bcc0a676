package org.blueledger.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Read-only access to missions and countries. Reference data is not case data: every
 * authenticated user may read it. Labels come in the caller's language (English or French).
 */
@ApplicationScoped
public class ReferenceData {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** Exact codes only: the columns' collation ignores case, the contract does not ({@code unmiss} is refused). */
    public boolean missionExists(String code) {
        return code != null && code.matches("[A-Z][A-Z0-9]{1,19}") && em.createQuery("SELECT COUNT(m) FROM Mission m WHERE m.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }

    /** ISO 3166 alpha-3, upper case only ({@code npl} is refused, not stored). */
    public boolean countryExists(String code) {
        return code != null && code.matches("[A-Z]{3}") && em.createQuery("SELECT COUNT(c) FROM Country c WHERE c.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }

    public List<ReferenceOption> missions(Locale locale) {
        return em.createQuery("SELECT NEW org.blueledger.reference.service.ReferenceOption(m.code, "
                        + (isFrench(locale) ? "m.nameFr" : "m.nameEn") + ") FROM Mission m ORDER BY m.code", ReferenceOption.class)
                .getResultList();
    }

    public List<MissionRow> missionRows(Locale locale) {
        return em.createQuery("SELECT NEW org.blueledger.reference.service.MissionRow(m.code, "
                        + (isFrench(locale) ? "m.nameFr" : "m.nameEn")
                        + ", m.kind, m.establishedOn, m.closedOn) FROM Mission m ORDER BY m.closedOn, m.code",
                        MissionRow.class)
                .getResultList();
    }

    public List<ReferenceOption> countries(Locale locale) {
        String name = isFrench(locale) ? "c.nameFr" : "c.nameEn";
        return em.createQuery("SELECT NEW org.blueledger.reference.service.ReferenceOption(c.code, " + name
                        + ") FROM Country c ORDER BY " + name, ReferenceOption.class)
                .getResultList();
    }

    /** The terms of a vocabulary of domain.md (e.g. CASE_STATUS), in their order, labelled in the language. */
    public List<ReferenceOption> vocabulary(String vocabulary, Locale locale) {
        return em.createNativeQuery("SELECT code, " + (isFrench(locale) ? "name_fr" : "name_en")
                        + " FROM vocabulary_term WHERE vocabulary = ?1 ORDER BY sort_order")
                .setParameter(1, vocabulary).getResultStream()
                .map(row -> new ReferenceOption((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]))
                .toList();
    }

    public List<ReferenceOption> personnelCategories(Locale locale) {
        return em.createNativeQuery("SELECT code, " + (isFrench(locale) ? "name_fr" : "name_en")
                        + " FROM personnel_category ORDER BY sort_order")
                .getResultStream()
                .map(row -> new ReferenceOption((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]))
                .toList();
    }

    /** The active action types (code, label) of the editable list, in their order. */
    public List<ReferenceOption> actionTypes(Locale locale) {
        return em.createNativeQuery("SELECT code, " + (isFrench(locale) ? "name_fr" : "name_en")
                        + " FROM action_type WHERE active ORDER BY sort_order")
                .getResultStream()
                .map(row -> new ReferenceOption((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]))
                .toList();
    }

    /** The active action types of one stage taken by one authority (or by either), in their order. */
    public List<ReferenceOption> actionTypes(Locale locale, String stage, String authority) {
        return em.createNativeQuery("SELECT code, " + (isFrench(locale) ? "name_fr" : "name_en")
                        + " FROM action_type WHERE active AND stage = ?1 AND authority IN (?2, 'ANY') ORDER BY sort_order")
                .setParameter(1, stage).setParameter(2, authority)
                .getResultStream()
                .map(row -> new ReferenceOption((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]))
                .toList();
    }

    public Optional<String> missionName(String code, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT " + (isFrench(locale) ? "m.nameFr" : "m.nameEn")
                        + " FROM Mission m WHERE m.code = :c", String.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public Optional<String> countryName(String code, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT " + (isFrench(locale) ? "c.nameFr" : "c.nameEn")
                        + " FROM Country c WHERE c.code = :c", String.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    private static boolean isFrench(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage());
    }
}
