package org.blueledger.victimsupport.web;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Browser;
import org.blueledger.testsupport.BrowserTest;
import org.blueledger.testsupport.pages.DashboardPage;
import org.blueledger.testsupport.pages.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.blueledger.testsupport.Api.ADMIN;
import static org.blueledger.testsupport.Api.ADMIN_PASSWORD;
import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's scenario in headless Chromium: the victims' rights officer refers a victim to the
 * Trust Fund (a referral without consent is refused next to the field, and nothing is stored;
 * with consent it is recorded) and opens a paternity claim; the alleged father's state's liaison
 * finds it in its claims inbox without the claimant's or the child's identity and records a DNA
 * result; another state's liaison sees nothing of it.
 */
class VictimSupportUiIT extends BrowserTest {

    @Test
    void theOfficerRefersAndOpensAClaimAndOnlyTheFathersStateFollowsItWithoutIdentities() throws Exception {
        String officer = api.newAccount("ui-vs-co", "CONDUCT_OFFICER", "UNMISS", null);
        String vro = api.newAccount("ui-vs-vro", "VICTIMS_RIGHTS", null, null);
        String nepal = api.newAccount("ui-vs-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String southAfrica = api.newAccount("ui-vs-zaf", "MEMBER_STATE_LIAISON", null, "ZAF");
        String project = "TF-UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, api.post("/api/v1/admin/trust-fund-projects", "{\"code\":\"" + project
                + "\",\"name\":\"Browser livelihood project\"}", ADMIN, ADMIN_PASSWORD).status());
        JsonObject filed = api.filed("""
                {"mission":"UNMISS","receivedOn":"%s","kind":"SEA","seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE",
                 "summary":"Victim support in the browser","subjects":[{"personnelCategory":"MILITARY_CONTINGENT",
                 "nationality":"NPL","sex":"MALE","name":"Alleged Father"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"Ui Victim Name","contact":"Juba"}]}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC)), officer);
        String ref = filed.getString("reference");
        long victimId = filed.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        String subjectId = filed.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").toString();

        // The victims' list (newest case first) leads to the victim's page.
        VictimPage a = new VictimPage(browsers.openAs(api.base() + "/victims/list.xhtml", vro));
        a.waitFor("supportSummary");
        WebElement row = a.waitFor(By.xpath("//a[starts-with(normalize-space(), '" + ref + " ')]"));
        assertTrue(a.find("victimsForm:victims").getText().contains("No open support"));
        row.click();
        assertEquals("Ui Victim Name", a.victimName());

        // A referral without consent: a message next to the field, and nothing stored.
        a.select("referralForm:type", "TRUST_FUND");
        a.select("referralForm:project", project);
        a.setValue("referralForm:referredOn_input", "2024-03-10");
        a.submit("referralForm:refer");
        String message = a.waitFor("referralForm:consentOnMessage").getText();
        assertTrue(message.contains("is required"), message);
        a.screenshot("referral-without-consent");
        assertEquals(0, referrals(api, vro, ref));

        a.select("referralForm:type", "TRUST_FUND");
        a.select("referralForm:project", project);
        a.setValue("referralForm:referredOn_input", "2024-03-10");
        a.setValue("referralForm:consentOn_input", "2024-03-08");
        a.submit("referralForm:refer");
        assertTrue(a.waitFor("referrals").getText().contains("Browser livelihood project"));
        assertEquals(1, referrals(api, vro, ref));

        // The paternity claim.
        a.select("claimForm:subjectId", subjectId);
        a.setValue("claimForm:receivedOn_input", "2024-03-11");
        a.select("claimForm:claimant", "VICTIM");
        a.find("claimForm:child_name").sendKeys("Ui Child Name");
        a.select("claimForm:child_sex", "FEMALE");
        a.submit("claimForm:openClaim");
        assertTrue(a.waitFor("claims").getText().contains("Ui Child Name"));
        JsonObject claim = api.get("/api/v1/paternity-claims?reference=" + ref, vro, PASSWORD).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("2024-03-18", claim.getString("memberStateNotificationDueOn"), "5 working days after Monday 11 March");
        a.select("stepForm:step", "MEMBER_STATE_NOTIFIED");
        a.setValue("stepForm:on_input", "2024-03-12");
        a.submit("stepForm:recordStep");
        a.screenshot("victim-page");
        long id = claim.getJsonNumber("id").longValue();
        int version = api.get("/api/v1/paternity-claims/" + id, vro, PASSWORD).json().getInt("version");
        assertEquals(200, api.post("/api/v1/paternity-claims/" + id + "/steps", "{\"step\":\"DNA_SAMPLE_COLLECTED\","
                + "\"on\":\"2024-03-20\",\"by\":\"MEMBER_STATE\",\"version\":" + version + "}", nepal, PASSWORD).status());

        // Nepal's liaison: in its inbox, without identities; records the DNA result.
        Page b = new Page(browsers.openAs(api.base() + DashboardPage.PATH, nepal));
        assertTrue(Integer.parseInt(b.waitFor("dashStateClaims").getText().strip()) >= 1, "on Nepal's dashboard");
        b.find("toInbox").click();
        String inbox = b.waitFor("claimList").getText();
        assertTrue(inbox.contains(ref), inbox);
        assertFalse(b.source().contains("Ui Child Name") || b.source().contains("Ui Victim Name"),
                "no identity of the claimant or the child");
        b.select("claimStepForm:claimId", Long.toString(id));
        b.select("claimStepForm:step", "DNA_TEST_RESULT");
        b.setValue("claimStepForm:on_input", "2024-04-02");
        b.find("claimStepForm:result").sendKeys("Match");
        b.submit("claimStepForm:recordStep");
        assertTrue(b.waitFor("claimList").getText().contains("DNA test result"), b.find("claimList").getText());
        b.screenshot("liaison-inbox");
        JsonObject after = api.get("/api/v1/paternity-claims/" + id, vro, PASSWORD).json();
        assertEquals("DNA_TESTING", after.getString("status"));
        assertTrue(after.toString().contains("\"result\":\"Match\""), after.toString());

        // South Africa's liaison sees nothing of it.
        Page c = new Page(browsers.openAs(api.base() + "/paternity/claims.xhtml", southAfrica));
        c.waitFor("claimList");
        assertFalse(c.source().contains(ref), "another state's liaison sees nothing of the claim");

        // The officer logs a contact, then erases the identity on the victim's request: not without the confirmation.
        a.driver().navigate().refresh();
        a.victimName();
        a.setValue("contactForm:contactedOn_input", "2024-04-03");
        a.select("contactForm:topic", "PATERNITY_CLAIM");
        a.find("contactForm:note").sendKeys("Told of the DNA result");
        a.submit("contactForm:recordContact");
        assertTrue(a.waitFor("contacts").getText().contains("Told of the DNA result"));
        a.find("erasureForm:reason").sendKeys("The victim's written request");
        a.submitAndConfirm("erasureForm:erase");
        a.waitFor("victimName");
        assertTrue(a.waitFor("erasureForm:confirmedMessage").getText().contains("confirm"),
                "refused without the confirmation");
        assertEquals("Ui Victim Name", a.find("victimName").getText(), "nothing erased");
        a.find("erasureForm:reason").sendKeys("The victim's written request");
        a.script("document.getElementById('erasureForm:confirmed_input').checked = true;");
        a.submitAndConfirm("erasureForm:erase");
        a.waitFor("victimName");
        a.waitFor("identityErased");
        assertEquals("", a.find("victimName").getText());
        assertFalse(a.source().contains("Ui Child Name"), "the child's identity went with the victim's");
        assertFalse(a.find("contacts").getText().contains("Told of the DNA result"), "and the contact notes");
        JsonObject erased = api.get("/api/v1/paternity-claims/" + id, vro, PASSWORD).json();
        assertFalse(erased.getJsonObject("child").containsKey("name"), erased.toString());
    }

    private static long referrals(Api api, String user, String ref) {
        return api.get("/api/v1/referrals?size=200", user, PASSWORD).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("reference").equals(ref)).count();
    }
}
