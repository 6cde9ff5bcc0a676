package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.blueledger.allegation.domain.AllegationStatus.CLOSED_OTHER;
import static org.blueledger.allegation.domain.AllegationStatus.PRELIMINARY_ASSESSMENT;
import static org.blueledger.allegation.domain.AllegationStatus.UNDER_INVESTIGATION;
import static org.blueledger.allegation.domain.AllegationStatus.UNDER_REVIEW_LIMITED_INFORMATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Need to know on one case of UNMISS. */
class CaseEntitlementsTest {

    static final String CASE_MISSION = "UNMISS";

    static final CallerScope CHIEF = new CallerScope("chief.juba", Set.of(Role.CHIEF_OF_CONDUCT), "UNMISS", null);
    static final CallerScope OTHER_CHIEF = new CallerScope("chief.bangui", Set.of(Role.CHIEF_OF_CONDUCT), "MINUSCA", null);
    static final CallerScope OFFICER = new CallerScope("officer.juba", Set.of(Role.CONDUCT_OFFICER), "UNMISS", null);
    static final CallerScope OTHER_OFFICER = new CallerScope("officer.bangui", Set.of(Role.CONDUCT_OFFICER), "MINUSCA",
            null);
    static final CallerScope HQ = new CallerScope("hq.cds", Set.of(Role.HQ_CONDUCT), null, null);
    static final CallerScope LIAISON = new CallerScope("liaison.npl", Set.of(Role.MEMBER_STATE_LIAISON), null, "NPL");
    static final CallerScope INVESTIGATOR = new CallerScope("oios.inv", Set.of(Role.INVESTIGATOR), null, null);
    static final CallerScope VICTIMS_RIGHTS = new CallerScope("vra.juba", Set.of(Role.VICTIMS_RIGHTS), "UNMISS", null);

    static CaseEntitlements assigned(CallerScope caller) {
        return new CaseEntitlements(caller, CASE_MISSION, true);
    }

    static CaseEntitlements notAssigned(CallerScope caller) {
        return new CaseEntitlements(caller, CASE_MISSION, false);
    }

    // victim identity

    @Test
    void theChiefOfTheMissionSeesVictimIdentity() {
        CaseEntitlements cut = notAssigned(CHIEF);
        assertTrue(cut.victimIdentity());
    }

    @Test
    void anAssignedConductOfficerSeesVictimIdentity() {
        CaseEntitlements cut = assigned(OFFICER);
        assertTrue(cut.victimIdentity());
    }

    @Test
    void aVictimsRightsOfficerSeesVictimIdentity() {
        CaseEntitlements cut = notAssigned(VICTIMS_RIGHTS);
        assertTrue(cut.victimIdentity());
    }

    @Test
    void anUnassignedConductOfficerDoesNotSeeVictimIdentity() {
        CaseEntitlements cut = notAssigned(OFFICER);
        assertFalse(cut.victimIdentity());
    }

    @Test
    void hqConductDoesNotSeeVictimIdentity() {
        CaseEntitlements cut = notAssigned(HQ);
        assertFalse(cut.victimIdentity());
    }

    @Test
    void aLiaisonDoesNotSeeVictimIdentity() {
        CaseEntitlements cut = notAssigned(LIAISON);
        assertFalse(cut.victimIdentity());
    }

    @Test
    void anInvestigatorDoesNotSeeVictimIdentity() {
        CaseEntitlements cut = notAssigned(INVESTIGATOR);
        assertFalse(cut.victimIdentity());
    }

    @Test
    void theChiefOfAnotherMissionDoesNotSeeVictimIdentity() {
        CaseEntitlements cut = notAssigned(OTHER_CHIEF);
        assertFalse(cut.victimIdentity());
    }

    @Test
    void anOfficerOfAnotherMissionDoesNotSeeVictimIdentityEvenIfAssigned() {
        CaseEntitlements cut = assigned(OTHER_OFFICER);
        assertFalse(cut.victimIdentity());
    }

    // edit

    @Test
    void theChiefOfTheMissionMayEdit() {
        CaseEntitlements cut = notAssigned(CHIEF);
        assertTrue(cut.edit());
    }

    @Test
    void anAssignedConductOfficerMayEdit() {
        CaseEntitlements cut = assigned(OFFICER);
        assertTrue(cut.edit());
    }

    @Test
    void anUnassignedConductOfficerMayNotEdit() {
        CaseEntitlements cut = notAssigned(OFFICER);
        assertFalse(cut.edit());
    }

    @Test
    void theChiefOfAnotherMissionMayNotEdit() {
        CaseEntitlements cut = notAssigned(OTHER_CHIEF);
        assertFalse(cut.edit());
    }

    @Test
    void hqConductMayNotEdit() {
        CaseEntitlements cut = notAssigned(HQ);
        assertFalse(cut.edit());
    }

    @Test
    void anInvestigatorLiaisonOrVictimsRightsOfficerMayNotEdit() {
        assertFalse(notAssigned(INVESTIGATOR).edit());
        assertFalse(notAssigned(LIAISON).edit());
        assertFalse(notAssigned(VICTIMS_RIGHTS).edit());
    }

    // closing under other circumstances

    @Test
    void theChiefOfTheMissionMayCloseUnderOtherCircumstances() {
        CaseEntitlements cut = notAssigned(CHIEF);
        assertTrue(cut.changeStatusTo(CLOSED_OTHER));
    }

    @Test
    void hqConductMayCloseUnderOtherCircumstances() {
        CaseEntitlements cut = notAssigned(HQ);
        assertTrue(cut.changeStatusTo(CLOSED_OTHER));
    }

    @Test
    void anAssignedConductOfficerMayNotCloseUnderOtherCircumstances() {
        CaseEntitlements cut = assigned(OFFICER);
        assertFalse(cut.changeStatusTo(CLOSED_OTHER));
    }

    @Test
    void theChiefOfAnotherMissionMayNotCloseUnderOtherCircumstances() {
        CaseEntitlements cut = notAssigned(OTHER_CHIEF);
        assertFalse(cut.changeStatusTo(CLOSED_OTHER));
    }

    @Test
    void hqConductMayNotMoveACaseOtherwise() {
        CaseEntitlements cut = notAssigned(HQ);
        assertFalse(cut.changeStatusTo(UNDER_INVESTIGATION));
    }

    // subjects of the liaison's own nationality

    @Test
    void aPureLiaisonSeesOnlyItsOwnNationals() {
        CaseEntitlements cut = notAssigned(LIAISON);
        assertTrue(cut.onlyOwnNationals());
    }

    @Test
    void aLiaisonWithAWiderRoleIsNotLimitedToItsOwnNationals() {
        CallerScope liaisonAndHq = new CallerScope("liaison.hq", Set.of(Role.MEMBER_STATE_LIAISON, Role.HQ_CONDUCT),
                null, "NPL");
        CaseEntitlements cut = notAssigned(liaisonAndHq);
        assertFalse(cut.onlyOwnNationals());
    }

    @Test
    void conductStaffAreNotLimitedToAnyNationality() {
        assertFalse(notAssigned(CHIEF).onlyOwnNationals());
        assertFalse(assigned(OFFICER).onlyOwnNationals());
        assertFalse(notAssigned(HQ).onlyOwnNationals());
    }

    // next statuses offered

    @Test
    void anAssignedOfficerMayMoveANewCaseToLimitedInformationOrInvestigationButNotClose() {
        CaseEntitlements cut = assigned(OFFICER);
        assertEquals(List.of(UNDER_REVIEW_LIMITED_INFORMATION, UNDER_INVESTIGATION),
                cut.nextStatuses(PRELIMINARY_ASSESSMENT, Set.of()));
    }

    @Test
    void theChiefMayAlsoCloseANewCase() {
        CaseEntitlements cut = notAssigned(CHIEF);
        assertEquals(List.of(UNDER_REVIEW_LIMITED_INFORMATION, UNDER_INVESTIGATION, CLOSED_OTHER),
                cut.nextStatuses(PRELIMINARY_ASSESSMENT, Set.of()));
    }

    @Test
    void hqConductMayOnlyCloseANewCase() {
        CaseEntitlements cut = notAssigned(HQ);
        assertEquals(List.of(CLOSED_OTHER), cut.nextStatuses(PRELIMINARY_ASSESSMENT, Set.of()));
    }

    @Test
    void anUnassignedOfficerMayNotMoveACase() {
        CaseEntitlements cut = notAssigned(OFFICER);
        assertEquals(List.of(), cut.nextStatuses(PRELIMINARY_ASSESSMENT, Set.of()));
    }

    @Test
    void nobodyMayMoveAClosedCase() {
        CaseEntitlements cut = notAssigned(CHIEF);
        assertEquals(List.of(), cut.nextStatuses(AllegationStatus.CLOSED_OTHER, Set.of()));
    }

    // attachments (issue #11, finding 5)

    @Test
    void anUnassignedOfficerSeesNoFileWithAVictimsIdentity() {
        CaseEntitlements cut = notAssigned(OFFICER);
        assertFalse(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.VICTIM_IDENTITY, null));
        assertTrue(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.SUBJECT_IDENTITY, "FRA"));
        assertTrue(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.NO_IDENTITY, null));
    }

    @Test
    void aVictimsRightsOfficerSeesNoFileWithASubjectsIdentity() {
        CaseEntitlements cut = notAssigned(VICTIMS_RIGHTS);
        assertTrue(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.VICTIM_IDENTITY, null));
        assertFalse(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.SUBJECT_IDENTITY, "NPL"));
    }

    @Test
    void aLiaisonSeesOnlyFilesAboutItsNationalsWithoutAVictimsIdentity() {
        CaseEntitlements cut = notAssigned(LIAISON);
        assertTrue(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.SUBJECT_IDENTITY, "NPL"));
        assertTrue(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.NO_IDENTITY, "NPL"));
        assertFalse(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.VICTIM_IDENTITY, "NPL"));
        assertFalse(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.NO_IDENTITY, null));
        assertFalse(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.SUBJECT_IDENTITY, "BGD"));
        assertTrue(cut.attachments().predicate().contains("s.nationality = :seeState"));
    }

    @Test
    void aLiaisonWithoutAMemberStateSeesNoFileAboutAnyone() {
        CaseEntitlements cut = notAssigned(new CallerScope("liaison.none", Set.of(Role.MEMBER_STATE_LIAISON), null, null));
        assertFalse(cut.seesAttachment(org.blueledger.allegation.domain.AttachmentClassification.NO_IDENTITY, null));
        assertTrue(cut.attachments().predicate().contains("s.nationality = :seeState"), "still limited, to no state");
    }
}
