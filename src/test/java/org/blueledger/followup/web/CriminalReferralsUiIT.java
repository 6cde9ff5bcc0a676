package org.blueledger.followup.web;

import org.blueledger.allegation.web.CasePage;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Browser;
import org.blueledger.testsupport.SharedApplication;
import org.blueledger.testsupport.SharedApplication.AppUrl;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case page's tab of referrals for criminal accountability: the chief refers a staff member
 * (a wrong state is refused with a message), the referral is listed, and the liaison of the
 * state referred to records the outcome.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedApplication.class)
class CriminalReferralsUiIT {

    @AppUrl
    URL url;

    WebDriver driver;

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theChiefRefersAStaffMemberAndTheStatesLiaisonRecordsTheOutcome() throws Exception {
        Api api = new Api(url);
        String officer = api.newAccount("crui-co", "CONDUCT_OFFICER", "UNMISS", null);
        String chief = api.newAccount("crui-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        Api.Response filed = api.post("/api/v1/allegations", """
                {"mission":"UNMISS","receivedOn":"2019-02-11","kind":"SEA","seaType":"SEXUAL_ABUSE",
                 "seriousness":"SERIOUS","source":"HOTLINE","summary":"Referral page test.",
                 "subjects":[{"personnelCategory":"UN_POLICE","nationality":"GHA","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}""", officer, Api.PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        String ref = filed.json().getString("reference");

        driver = Browser.start();
        driver.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(chief);
        waitFor(By.id("caseStatus"));
        driver.findElement(By.xpath("//a[starts-with(normalize-space(), 'Criminal referrals')]")).click();
        WebElement state = waitFor(By.id("tabs:criminalReferralForm:referredTo"));
        state.sendKeys("NPL");
        setValue("tabs:criminalReferralForm:referredOn_input", "2019-03-01");
        driver.findElement(By.id("tabs:criminalReferralForm:refer")).click();
        assertTrue(CasePage.fieldError(driver, "tabs:criminalReferralForm:referredTo").contains("state of nationality"),
                "the refusal next to the field, on the referrals tab");

        driver.findElement(By.xpath("//a[starts-with(normalize-space(), 'Criminal referrals')]")).click();
        WebElement again = waitFor(By.id("tabs:criminalReferralForm:referredTo"));
        again.clear();
        again.sendKeys("GHA");
        setValue("tabs:criminalReferralForm:referredOn_input", "2019-03-01");
        driver.findElement(By.id("tabs:criminalReferralForm:refer")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "referral for criminal accountability is recorded"));
        driver.findElement(By.xpath("//a[starts-with(normalize-space(), 'Criminal referrals')]")).click();
        String table = waitFor(By.id("tabs:criminalReferrals")).getText();
        assertTrue(table.contains("Ghana") && table.contains("1 Mar 2019") && table.contains("Pending"), table);
        Browser.screenshot(driver, "case-criminal-referral-chief");
        driver.quit();

        String ghana = api.newAccount("crui-gha", "MEMBER_STATE_LIAISON", null, "GHA");
        driver = Browser.start();
        driver.get(api.base() + "/allegation/view.xhtml?ref=" + ref);
        signIn(ghana);
        waitFor(By.id("caseStatus"));
        driver.findElement(By.xpath("//a[starts-with(normalize-space(), 'Criminal referrals')]")).click();
        waitFor(By.id("tabs:criminalReferralForm:recordOutcome"));
        select("tabs:criminalReferralForm:outcome", "PROSECUTED");
        setValue("tabs:criminalReferralForm:outcomeOn_input", "2019-06-01");
        driver.findElement(By.id("tabs:criminalReferralForm:recordOutcome")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "outcome of the referral is recorded"));
        driver.findElement(By.xpath("//a[starts-with(normalize-space(), 'Criminal referrals')]")).click();
        String after = waitFor(By.id("tabs:criminalReferrals")).getText();
        assertTrue(after.contains("Prosecuted") && after.contains("1 Jun 2019"), after);
        Browser.screenshot(driver, "case-criminal-referral-liaison");
    }

    void signIn(String user) {
        waitFor(By.id("loginForm:username")).sendKeys(user);
        driver.findElement(By.id("loginForm:password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.id("loginForm:signIn")).click();
    }

    void select(String id, String code) {
        waitFor(By.id(id));
        ((JavascriptExecutor) driver).executeScript("var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));", id + "_input", code);
    }

    void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
