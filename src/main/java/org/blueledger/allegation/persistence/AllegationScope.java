package org.blueledger.allegation.persistence;

import jakarta.persistence.TypedQuery;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns a caller into the JPQL predicate "cases this caller may see", for
 * an allegation alias {@code a}. Every query that returns case data ANDs this predicate into
 * its WHERE clause, so out-of-scope rows never leave the database:
 * <ul>
 *   <li>conduct officer, chief of conduct: the account's mission;</li>
 *   <li>HQ conduct and discipline: every mission;</li>
 *   <li>investigator: cases with an assignment of theirs as INVESTIGATOR;</li>
 *   <li>member-state liaison: cases naming a uniformed subject of the liaison's state, and any
 *       case once a notification has been sent to that state: the rows of that state in
 *       {@code allegation_state}, which {@link AllegationRepository#refreshMemberStates} keeps
 *       exact (ADR 0010);</li>
 *   <li>victims' rights officer: the account's mission, or every mission if it has none;</li>
 *   <li>any other role: nothing.</li>
 * </ul>
 */
public final class AllegationScope {

    static final List<PersonnelCategory> UNIFORMED = Arrays.stream(PersonnelCategory.values())
            .filter(PersonnelCategory::isUniformed).toList();

    /**
     * The few shapes of scope the case list answers from an index range or a maintained counter
     * ({@link CaseList}); any other scope (an investigator's, or a caller with several roles)
     * is {@code OTHER} and goes through {@link #sqlPredicate()}.
     */
    public enum Shape {
        /** Every case. */
        ALL,
        /** The cases of one mission ({@link #shapeValue()}). */
        MISSION,
        /** The cases of one member state in {@code allegation_state} ({@link #shapeValue()}). */
        STATE,
        /** No case. */
        NONE,
        OTHER
    }

    private final String predicate;
    private final Map<String, Object> parameters;
    private final String sql;
    private final List<Object> sqlParameters;
    private final Shape shape;
    private final String shapeValue;

    private AllegationScope(String predicate, Map<String, Object> parameters) {
        this(predicate, parameters, predicate, List.of());
    }

    private AllegationScope(String predicate, Map<String, Object> parameters, String sql, List<Object> sqlParameters) {
        this.predicate = predicate;
        this.parameters = parameters;
        this.sql = sql;
        this.sqlParameters = List.copyOf(sqlParameters);
        if ("1 = 1".equals(predicate)) {
            shape = Shape.ALL;
            shapeValue = null;
        } else if ("1 = 0".equals(predicate)) {
            shape = Shape.NONE;
            shapeValue = null;
        } else if (sqlParameters.size() == 1 && sql.equals("(a.mission_code = ?)")) {
            shape = Shape.MISSION;
            shapeValue = (String) sqlParameters.get(0);
        } else if (sqlParameters.size() == 1 && sql.equals("(" + STATE_SQL + ")")) {
            shape = Shape.STATE;
            shapeValue = (String) sqlParameters.get(0);
        } else {
            shape = Shape.OTHER;
            shapeValue = null;
        }
    }

    private static final String STATE_SQL = "a.id IN (SELECT st.allegation_id FROM allegation_state st WHERE st.state_code = ?)";

    public static AllegationScope of(CallerScope caller) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        List<String> sqlTerms = new ArrayList<>();
        List<Object> sqlParams = new ArrayList<>();
        if (caller.has(Role.HQ_CONDUCT)) {
            return new AllegationScope("1 = 1", params);
        }
        if (caller.hasAny(Role.CONDUCT_OFFICER, Role.CHIEF_OF_CONDUCT) && caller.mission() != null) {
            terms.add("a.missionCode = :scopeMission");
            params.put("scopeMission", caller.mission());
            sqlTerms.add("a.mission_code = ?");
            sqlParams.add(caller.mission());
        }
        if (caller.has(Role.VICTIMS_RIGHTS)) {
            if (caller.mission() == null) {
                return new AllegationScope("1 = 1", params);
            }
            if (!terms.contains("a.missionCode = :scopeMission")) {
                sqlTerms.add("a.mission_code = ?");
                sqlParams.add(caller.mission());
            }
            terms.add("a.missionCode = :scopeMission");
            params.put("scopeMission", caller.mission());
        }
        if (caller.has(Role.INVESTIGATOR)) {
            terms.add("EXISTS (SELECT ca.id FROM CaseAssignment ca WHERE ca.allegationId = a.id "
                    + "AND ca.username = :scopeUser AND ca.role = org.blueledger.allegation.domain.CaseAssignment.Role.INVESTIGATOR)");
            params.put("scopeUser", caller.username());
            sqlTerms.add("EXISTS (SELECT 1 FROM case_assignment ca WHERE ca.allegation_id = a.id AND ca.username = ? "
                    + "AND ca.role = 'INVESTIGATOR')");
            sqlParams.add(caller.username());
        }
        if (caller.has(Role.MEMBER_STATE_LIAISON) && caller.memberState() != null) {
            // one range of allegation_state's primary key (state_code, allegation_id): ADR 0010
            terms.add("a.id IN (SELECT st.allegationId FROM AllegationState st WHERE st.stateCode = :scopeState)");
            params.put("scopeState", caller.memberState());
            sqlTerms.add(STATE_SQL);
            sqlParams.add(caller.memberState());
        }
        if (terms.isEmpty()) {
            return new AllegationScope("1 = 0", params);
        }
        return new AllegationScope("(" + String.join(" OR ", terms.stream().distinct().toList()) + ")", params,
                "(" + String.join(" OR ", sqlTerms) + ")", sqlParams);
    }

    /**
     * Every case, for the system's own jobs that run without a caller (the reminder scan). Never
     * use it for a query whose result reaches a user: their scope comes from {@link #of}.
     */
    public static AllegationScope everything() {
        return new AllegationScope("1 = 1", new HashMap<>());
    }

    /** The predicate over alias {@code a}, to AND into a WHERE clause. */
    public String predicate() {
        return predicate;
    }

    /**
     * The same predicate in MariaDB SQL over the {@code allegation} alias {@code a}, with {@code ?}
     * placeholders for {@link #sqlParameters()} in order: for the native queries of the deadline
     * clocks, which must steer the index the database walks.
     */
    public String sqlPredicate() {
        return sql;
    }

    public List<Object> sqlParameters() {
        return sqlParameters;
    }

    public Shape shape() {
        return shape;
    }

    /** The mission of a {@link Shape#MISSION} scope, the state of a {@link Shape#STATE} one; else null. */
    public String shapeValue() {
        return shapeValue;
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
