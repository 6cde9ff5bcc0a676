package org.blueledger.victimsupport.persistence;

import jakarta.persistence.TypedQuery;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns a caller into the JPQL predicate "victim-support records this caller
 * may see", over an alias whose entity carries {@code missionCode} (claims and referrals) and,
 * for claims, {@code memberState}. Every query of this feature ANDs it into its WHERE clause:
 * <ul>
 *   <li>victims' rights officer: its mission, or every mission when the account has none;</li>
 *   <li>HQ conduct and discipline: every mission (never identities: see the service);</li>
 *   <li>member-state liaison: the claims against its state's nationals (claims only);</li>
 *   <li>chief of conduct: its mission's referrals; conduct officer: the referrals of the cases
 *       assigned to it (referrals only);</li>
 *   <li>anyone else: nothing.</li>
 * </ul>
 */
public final class SupportScope {

    private final String predicate;
    private final Map<String, Object> parameters;

    private SupportScope(String predicate, Map<String, Object> parameters) {
        this.predicate = predicate;
        this.parameters = parameters;
    }

    /** Paternity claims, alias {@code alias}. */
    public static SupportScope claims(CallerScope caller, String alias) {
        Map<String, Object> params = new HashMap<>();
        if (caller.has(Role.HQ_CONDUCT) || (caller.has(Role.VICTIMS_RIGHTS) && caller.mission() == null)) {
            return new SupportScope("1 = 1", params);
        }
        List<String> terms = new ArrayList<>();
        if (caller.has(Role.VICTIMS_RIGHTS)) {
            terms.add(alias + ".missionCode = :scopeMission");
            params.put("scopeMission", caller.mission());
        }
        if (caller.has(Role.MEMBER_STATE_LIAISON) && caller.memberState() != null) {
            terms.add(alias + ".memberState = :scopeState");
            params.put("scopeState", caller.memberState());
        }
        return of(terms, params);
    }

    /** Assistance referrals (and other per-victim records), alias {@code alias} with {@code allegationId} and {@code missionCode}. */
    public static SupportScope referrals(CallerScope caller, String alias) {
        Map<String, Object> params = new HashMap<>();
        if (caller.has(Role.HQ_CONDUCT) || (caller.has(Role.VICTIMS_RIGHTS) && caller.mission() == null)) {
            return new SupportScope("1 = 1", params);
        }
        List<String> terms = new ArrayList<>();
        if (caller.hasAny(Role.VICTIMS_RIGHTS, Role.CHIEF_OF_CONDUCT) && caller.mission() != null) {
            terms.add(alias + ".missionCode = :scopeMission");
            params.put("scopeMission", caller.mission());
        }
        if (caller.has(Role.CONDUCT_OFFICER) && caller.mission() != null) {
            terms.add("(" + alias + ".missionCode = :scopeOfficerMission AND EXISTS (SELECT ca.id FROM CaseAssignment ca "
                    + "WHERE ca.allegationId = " + alias + ".allegationId AND ca.username = :scopeUser "
                    + "AND ca.role = org.blueledger.allegation.domain.CaseAssignment.Role.CONDUCT_OFFICER))");
            params.put("scopeOfficerMission", caller.mission());
            params.put("scopeUser", caller.username());
        }
        return of(terms, params);
    }

    private static SupportScope of(List<String> terms, Map<String, Object> params) {
        if (terms.isEmpty()) {
            return new SupportScope("1 = 0", params);
        }
        return new SupportScope("(" + String.join(" OR ", terms) + ")", params);
    }

    /** Every record, for the system's own jobs without a caller (the reminder scan). */
    public static SupportScope everything() {
        return new SupportScope("1 = 1", new HashMap<>());
    }

    public boolean isNothing() {
        return "1 = 0".equals(predicate);
    }

    public String predicate() {
        return predicate;
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
