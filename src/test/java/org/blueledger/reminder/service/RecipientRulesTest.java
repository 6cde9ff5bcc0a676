package org.blueledger.reminder.service;

import org.blueledger.deadline.service.DueItem;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.AccountDirectory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reminder goes only to someone who may still see the item today, whatever an old assignment says. */
class RecipientRulesTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 2);

    static DueItem item(String what, String state, Long investigation) {
        return new DueItem("UNMISS-2026-0001", what, DUE, state, true, 1L, "UNMISS", what + ":1", investigation);
    }

    static AccountDirectory.Recipient account(Role role, String mission, String state) {
        return new AccountDirectory.Recipient("someone", "someone@un.example", EnumSet.of(role), mission, state);
    }

    @Test
    void anOfficerWhoMovedToAnotherMissionHearsNoMoreOfTheOldOnes() {
        DueItem note = item("NOTE_VERBALE_ANSWER", "NPL", null);
        assertTrue(ReminderService.mayBeTold(account(Role.CONDUCT_OFFICER, "UNMISS", null), note));
        assertFalse(ReminderService.mayBeTold(account(Role.CONDUCT_OFFICER, "MINUSCA", null), note));
        assertFalse(ReminderService.mayBeTold(account(Role.STATISTICIAN, null, null), note), "a role without cases");
    }

    @Test
    void aLiaisonHearsOnlyOfWhatItsOwnStateOwes() {
        assertTrue(ReminderService.mayBeTold(account(Role.MEMBER_STATE_LIAISON, null, "NPL"), item("ACTION_REPORT", "NPL", null)));
        assertFalse(ReminderService.mayBeTold(account(Role.MEMBER_STATE_LIAISON, null, "BGD"), item("ACTION_REPORT", "NPL", null)));
        assertFalse(ReminderService.mayBeTold(account(Role.MEMBER_STATE_LIAISON, null, "NPL"),
                item("MEMBER_STATE_NOTIFICATION", "NPL", null)), "the UN's own clock is not the state's");
    }

    @Test
    void anInvestigatorHearsOfItsInvestigationOnly() {
        assertTrue(ReminderService.mayBeTold(account(Role.INVESTIGATOR, null, null), item("INVESTIGATION", null, 7L)));
        assertFalse(ReminderService.mayBeTold(account(Role.INVESTIGATOR, null, null), item("NOTE_VERBALE_ANSWER", "NPL", null)));
    }

    @Test
    void theVictimsRightsOfficersOfTheMissionHearOfAPaternityClaimAwaitingNotification() {
        DueItem claim = item("PATERNITY_CLAIM_NOTIFICATION", "NPL", null);
        assertTrue(ReminderService.mayBeTold(account(Role.VICTIMS_RIGHTS, null, null), claim), "all missions");
        assertTrue(ReminderService.mayBeTold(account(Role.VICTIMS_RIGHTS, "UNMISS", null), claim));
        assertFalse(ReminderService.mayBeTold(account(Role.VICTIMS_RIGHTS, "MINUSCA", null), claim));
        assertFalse(ReminderService.mayBeTold(account(Role.VICTIMS_RIGHTS, null, null), item("INVESTIGATION", null, 7L)));
        assertFalse(ReminderService.mayBeTold(account(Role.MEMBER_STATE_LIAISON, null, "NPL"), claim),
                "the UN's own clock is not the state's");
    }
}
