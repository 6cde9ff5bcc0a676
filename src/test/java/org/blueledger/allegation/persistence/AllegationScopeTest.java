package org.blueledger.allegation.persistence;

import jakarta.persistence.TypedQuery;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllegationScopeTest {

    static CallerScope caller(String username, String mission, String memberState, Role... roles) {
        return new CallerScope(username, Set.of(roles), mission, memberState);
    }

    /** The parameters the scope binds, read through a TypedQuery that only records setParameter(name, value). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> boundParameters(AllegationScope scope) {
        Map<String, Object> bound = new HashMap<>();
        TypedQuery<Object>[] query = new TypedQuery[1];
        query[0] = (TypedQuery<Object>) Proxy.newProxyInstance(TypedQuery.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args.length == 2 && args[0] instanceof String name) {
                        bound.put(name, args[1]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.toString());
                });
        scope.bind(query[0]);
        return bound;
    }

    @Test
    void hqConductSeesEveryCase() {
        AllegationScope cut = AllegationScope.of(caller("hq.cds", null, null, Role.HQ_CONDUCT));
        assertEquals("1 = 1", cut.predicate());
        assertEquals(Map.of(), boundParameters(cut));
    }

    @Test
    void hqConductSeesEveryCaseEvenWithAMission() {
        AllegationScope cut = AllegationScope.of(caller("hq.cds", "UNMISS", null, Role.HQ_CONDUCT,
                Role.CONDUCT_OFFICER));
        assertEquals("1 = 1", cut.predicate());
    }

    @Test
    void aConductOfficerSeesTheCasesOfOwnMission() {
        AllegationScope cut = AllegationScope.of(caller("officer.juba", "UNMISS", null, Role.CONDUCT_OFFICER));

        assertTrue(cut.predicate().contains("a.missionCode = :scopeMission"), cut.predicate());
        assertEquals(Map.of("scopeMission", "UNMISS"), boundParameters(cut));
    }

    @Test
    void aChiefOfConductSeesTheCasesOfOwnMission() {
        AllegationScope cut = AllegationScope.of(caller("chief.bangui", "MINUSCA", null, Role.CHIEF_OF_CONDUCT));

        assertTrue(cut.predicate().contains("a.missionCode = :scopeMission"), cut.predicate());
        assertEquals(Map.of("scopeMission", "MINUSCA"), boundParameters(cut));
    }

    @Test
    void aConductOfficerWithoutAMissionSeesNothing() {
        AllegationScope cut = AllegationScope.of(caller("officer.nowhere", null, null, Role.CONDUCT_OFFICER));
        assertEquals("1 = 0", cut.predicate());
    }

    @Test
    void aChiefOfConductWithoutAMissionSeesNothing() {
        AllegationScope cut = AllegationScope.of(caller("chief.nowhere", null, null, Role.CHIEF_OF_CONDUCT));
        assertEquals("1 = 0", cut.predicate());
    }

    @Test
    void anInvestigatorSeesOnlyCasesAssignedToThemAsInvestigator() {
        AllegationScope cut = AllegationScope.of(caller("oios.inv", null, null, Role.INVESTIGATOR));

        String predicate = cut.predicate();
        assertTrue(predicate.startsWith("(EXISTS (SELECT ca.id FROM CaseAssignment ca"), predicate);
        assertTrue(predicate.contains("ca.allegationId = a.id"), predicate);
        assertTrue(predicate.contains("ca.username = :scopeUser"), predicate);
        assertTrue(predicate.contains("ca.role = org.blueledger.allegation.domain.CaseAssignment.Role.INVESTIGATOR"),
                predicate);
        assertFalse(predicate.contains(":scopeMission"), predicate);
        assertEquals(Map.of("scopeUser", "oios.inv"), boundParameters(cut));
    }

    @Test
    void aLiaisonSeesTheCasesOfItsStateThroughOneRangeOfAllegationState() {
        AllegationScope cut = AllegationScope.of(caller("liaison.npl", null, "NPL", Role.MEMBER_STATE_LIAISON));

        String predicate = cut.predicate();
        assertEquals("(a.id IN (SELECT st.allegationId FROM AllegationState st WHERE st.stateCode = :scopeState))", predicate);
        assertEquals(Map.of("scopeState", "NPL"), boundParameters(cut));
        assertEquals("(a.id IN (SELECT st.allegation_id FROM allegation_state st WHERE st.state_code = ?))", cut.sqlPredicate());
        assertEquals(List.of("NPL"), cut.sqlParameters());
    }

    @Test
    void theSqlFormOfAnOfficerAndInvestigatorScopeBindsMissionThenUser() {
        AllegationScope cut = AllegationScope.of(caller("officer.juba", "UNMISS", null, Role.CONDUCT_OFFICER, Role.INVESTIGATOR));

        assertTrue(cut.sqlPredicate().startsWith("(a.mission_code = ? OR EXISTS (SELECT 1 FROM case_assignment ca"),
                cut.sqlPredicate());
        assertEquals(List.of("UNMISS", "officer.juba"), cut.sqlParameters());
    }

    @Test
    void aLiaisonWithoutAMemberStateSeesNothing() {
        AllegationScope cut = AllegationScope.of(caller("liaison.none", null, null, Role.MEMBER_STATE_LIAISON));
        assertEquals("1 = 0", cut.predicate());
    }

    @Test
    void aVictimsRightsOfficerOfAMissionSeesThatMission() {
        AllegationScope cut = AllegationScope.of(caller("vra.juba", "UNMISS", null, Role.VICTIMS_RIGHTS));

        assertEquals("(a.missionCode = :scopeMission)", cut.predicate());
        assertEquals(Map.of("scopeMission", "UNMISS"), boundParameters(cut));
    }

    @Test
    void aVictimsRightsOfficerWithoutAMissionSeesEveryMission() {
        AllegationScope cut = AllegationScope.of(caller("vra.hq", null, null, Role.VICTIMS_RIGHTS));
        assertEquals("1 = 1", cut.predicate());
    }

    @Test
    void severalRolesWidenTheScopeWithOr() {
        AllegationScope cut = AllegationScope.of(caller("officer.inv", "UNMISS", null, Role.CONDUCT_OFFICER,
                Role.INVESTIGATOR));

        String predicate = cut.predicate();
        assertTrue(predicate.startsWith("(") && predicate.endsWith(")"), predicate);
        assertTrue(predicate.contains("a.missionCode = :scopeMission OR EXISTS"), predicate);
        assertTrue(predicate.contains(":scopeUser"), predicate);
        assertEquals(Map.of("scopeMission", "UNMISS", "scopeUser", "officer.inv"), boundParameters(cut));
    }

    @Test
    void theMissionTermAppearsOnceForAnOfficerWhoIsAlsoVictimsRights() {
        AllegationScope cut = AllegationScope.of(caller("officer.vra", "UNMISS", null, Role.CONDUCT_OFFICER,
                Role.VICTIMS_RIGHTS));
        assertEquals("(a.missionCode = :scopeMission)", cut.predicate());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STATISTICIAN", "AUDITOR", "ADMIN"})
    void aRoleWithoutCaseAccessSeesNothing(Role role) {
        AllegationScope cut = AllegationScope.of(caller("someone", "UNMISS", "NPL", role));
        assertEquals("1 = 0", cut.predicate());
        assertEquals(Map.of(), boundParameters(cut));
    }

    @Test
    void anAccountWithoutRolesSeesNothing() {
        AllegationScope cut = AllegationScope.of(caller("nobody", "UNMISS", "NPL"));
        assertEquals("1 = 0", cut.predicate());
    }
}
