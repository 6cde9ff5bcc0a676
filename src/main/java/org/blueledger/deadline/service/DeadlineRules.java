package org.blueledger.deadline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.deadline.domain.WorkingCalendar;

/** The deadline rules of reference data ({@code deadline_rule}): how long each clock runs. */
@ApplicationScoped
public class DeadlineRules {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** A rule: {@code amount} working or calendar days. */
    public record Rule(int amount, WorkingCalendar.Unit unit) {
    }

    /** The rule {@code code}; it is reference data, so a missing one is a programming error. */
    public Rule rule(String code) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT amount, unit FROM deadline_rule WHERE code = ?1")
                .setParameter(1, code).getSingleResult();
        return new Rule(((Number) r[0]).intValue(), WorkingCalendar.Unit.valueOf((String) r[1]));
    }
}
