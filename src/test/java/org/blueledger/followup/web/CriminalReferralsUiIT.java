package org.blueledger.followup.web;

import org.blueledger.testsupport.BrowserTest;
import org.blueledger.testsupport.pages.CasePage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case page's tab of referrals for criminal accountability: the chief refers a staff member
 * (a wrong state is refused with a message), the referral is listed, and the liaison of the
 * state referred to records the outcome.
 */
class CriminalReferralsUiIT extends BrowserTest {

    static final String TAB = "Criminal referrals";

    @Test
    void theChiefRefersAStaffMemberAndTheStatesLiaisonRecordsTheOutcome() throws Exception {
        String officer = api.newAccount("crui-co", "CONDUCT_OFFICER", "UNMISS", null);
        String chief = api.newAccount("crui-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        String ref = api.fileCase("""
                {"mission":"UNMISS","receivedOn":"2019-02-11","kind":"SEA","seaType":"SEXUAL_ABUSE",
                 "seriousness":"SERIOUS","source":"HOTLINE","summary":"Referral page test.",
                 "subjects":[{"personnelCategory":"UN_POLICE","nationality":"GHA","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}""", officer);

        CasePage page = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), chief));
        page.openTab(TAB);
        page.type("tabs:criminalReferralForm:referredTo", "NPL");
        page.setValue("tabs:criminalReferralForm:referredOn_input", "2019-03-01");
        page.find("tabs:criminalReferralForm:refer").click();
        assertTrue(page.fieldError("tabs:criminalReferralForm:referredTo").contains("state of nationality"),
                "the refusal next to the field, on the referrals tab");

        page.openTab(TAB);
        page.retype("tabs:criminalReferralForm:referredTo", "GHA");
        page.setValue("tabs:criminalReferralForm:referredOn_input", "2019-03-01");
        String table = recordAndList(page, "tabs:criminalReferralForm:refer",
                "referral for criminal accountability is recorded");
        assertTrue(table.contains("Ghana") && table.contains("1 Mar 2019") && table.contains("Pending"), table);
        page.screenshot("case-criminal-referral-chief");
        browsers.close(page.driver());

        String ghana = api.newAccount("crui-gha", "MEMBER_STATE_LIAISON", null, "GHA");
        page = new CasePage(browsers.openAs(api.base() + CasePage.path(ref), ghana));
        page.openTab(TAB);
        page.waitFor("tabs:criminalReferralForm:recordOutcome");
        page.select("tabs:criminalReferralForm:outcome", "PROSECUTED");
        page.setValue("tabs:criminalReferralForm:outcomeOn_input", "2019-06-01");
        String after = recordAndList(page, "tabs:criminalReferralForm:recordOutcome",
                "outcome of the referral is recorded");
        assertTrue(after.contains("Prosecuted") && after.contains("1 Jun 2019"), after);
        page.screenshot("case-criminal-referral-liaison");
    }

    /** Clicks the form's button, waits for the message it gives and returns the referrals' table, back on the tab. */
    private static String recordAndList(CasePage page, String button, String message) {
        page.find(button).click();
        page.waitForMessage(message);
        page.openTab(TAB);
        return page.text("tabs:criminalReferrals");
    }
}
