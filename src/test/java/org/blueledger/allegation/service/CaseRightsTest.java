package org.blueledger.allegation.service;

import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.blueledger.allegation.service.CaseEntitlementsTest.CASE_MISSION;
import static org.blueledger.allegation.service.CaseEntitlementsTest.CHIEF;
import static org.blueledger.allegation.service.CaseEntitlementsTest.HQ;
import static org.blueledger.allegation.service.CaseEntitlementsTest.LIAISON;
import static org.blueledger.allegation.service.CaseEntitlementsTest.OFFICER;
import static org.blueledger.allegation.service.CaseEntitlementsTest.VICTIMS_RIGHTS;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The named rules the page's permissions and the services share (one permission model). */
class CaseRightsTest {

    @Test
    void anAssignedOfficerOpensInvestigationsButRecordsNoFinding() {
        CaseEntitlements cut = new CaseEntitlements(OFFICER, CASE_MISSION, true);
        assertTrue(cut.opensInvestigation());
        assertFalse(cut.recordsFinding(false, false, List.of()));
    }

    @Test
    void hqNotifiesMemberStatesWithoutBeingAbleToCorrectTheCase() {
        CaseEntitlements cut = new CaseEntitlements(HQ, CASE_MISSION, false);
        assertTrue(cut.notifiesMemberState());
        assertFalse(cut.edit());
    }

    @Test
    void aLiaisonMayRecordActionsButNotNotify() {
        CaseEntitlements cut = new CaseEntitlements(LIAISON, CASE_MISSION, false);
        assertTrue(cut.recordsAction());
        assertFalse(cut.notifiesMemberState());
    }

    @Test
    void theChiefAndVictimsRightsOfficersEraseVictimIdentities() {
        assertTrue(new CaseEntitlements(CHIEF, CASE_MISSION, false).erasesVictimIdentity());
        assertTrue(new CaseEntitlements(VICTIMS_RIGHTS, CASE_MISSION, false).erasesVictimIdentity());
        assertFalse(new CaseEntitlements(OFFICER, CASE_MISSION, true).erasesVictimIdentity());
    }

    @Test
    void permissionsReportOnlyTheRightsGranted() {
        AllegationDetails.Permissions cut = new AllegationDetails.Permissions(Set.of(CaseRight.EDIT, CaseRight.ATTACH),
                List.of(), null, List.of(), List.of(7L));
        assertTrue(cut.edit() && cut.attach());
        assertFalse(cut.completeInvestigation() || cut.assign());
        assertFalse(cut.removesSubject(7L));
        assertTrue(cut.removesSubject(8L));
    }

    @Test
    void aChiefOfAnotherMissionGetsNoRightFromTheseRules() {
        CallerScope otherChief = new CallerScope("chief.bangui", Set.of(Role.CHIEF_OF_CONDUCT), "MINUSCA", null);
        CaseEntitlements cut = new CaseEntitlements(otherChief, CASE_MISSION, false);
        assertFalse(cut.opensInvestigation() || cut.notifiesMemberState() || cut.erasesVictimIdentity());
    }
}
