package org.blueledger.statistics.web;

import org.blueledger.statistics.StatisticsDataset;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.Browser;
import org.blueledger.testsupport.SharedApplication;
import org.blueledger.testsupport.SharedApplication.AppUrl;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics page in headless Chromium: the statistician picks the hand-built quarter and
 * sees the total, the charts drawn on their canvases and the tables; a bad year is refused with a
 * message next to the field; the page speaks French; a conduct officer does not get the page.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedApplication.class)
class StatisticsUiIT {

    @AppUrl
    URL url;

    Api api;
    WebDriver driver;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(url);
        StatisticsDataset.seedOnce();
        driver = Browser.start();
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    void signIn(String user) {
        driver.get(api.base() + "/dashboard.xhtml");
        waitFor(By.id("loginForm:username")).sendKeys(user);
        driver.findElement(By.id("loginForm:password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.id("loginForm:signIn")).click();
        waitFor(By.id("welcome"));
    }

    void choose(String year, String quarter, String asOf) {
        WebElement y = waitFor(By.id("stats:year"));
        y.clear();
        y.sendKeys(year);
        ((JavascriptExecutor) driver).executeScript("var s = document.getElementById('stats:quarter_input');"
                + "s.value = arguments[0]; s.dispatchEvent(new Event('change', {bubbles: true}));", quarter);
        WebElement a = driver.findElement(By.id("stats:asOf"));
        a.clear();
        a.sendKeys(asOf);
        driver.findElement(By.id("stats:show")).click();
        Browser.screenshot(driver, "statistics-after-show");
    }

    @Test
    void theStatisticianSeesTheQuarterWithChartsAndTablesAndABadYearIsRefusedBesideTheField() {
        String statistician = api.newAccount("ui-stat", "STATISTICIAN", null, null);
        signIn(statistician);
        driver.findElement(By.linkText("Statistics")).click();
        waitFor(By.id("stats:year"));
        assertEquals("Statistics: the quarterly update", driver.findElement(By.cssSelector("h1.bl-title")).getText());

        choose("2006", "3", "2006-12-31");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("stats:totalCount"), "9"));
        waitFor(By.cssSelector("[id='stats:chartByMission'] canvas"));
        assertTrue(driver.findElements(By.cssSelector(".bl-stats-charts canvas")).size() >= 5, "five charts drawn");
        assertTrue(((Boolean) ((JavascriptExecutor) driver).executeScript(
                "var c = document.querySelector(\"[id='stats:chartByMission'] canvas\"); return c.width > 0 && c.height > 0;")));
        String tables = driver.findElement(By.cssSelector(".bl-stats-tables")).getText();
        assertTrue(tables.contains("Allegations by mission"), tables);
        assertTrue(tables.contains("UNMIL\n7") || tables.contains("UNMIL 7"), tables);
        assertFalse(tables.contains("FRA"), "no civilian nationality anywhere");
        String annual = driver.findElements(By.cssSelector(".bl-stats-tables")).get(1).getText();
        assertTrue(annual.contains("Investigations by investigating entity"), "the annual views below: " + annual);
        assertTrue(annual.contains("Median duration (days)"), annual);
        Browser.screenshot(driver, "statistics-quarter-en");

        choose("1900", "3", "");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("stats:yearMessage"), "1948"));
        String message = driver.findElement(By.id("stats:yearMessage")).getText();
        assertTrue(message.startsWith("Year"), message);
        assertTrue(driver.findElements(By.id("stats:results")).isEmpty(), "no tables for a refused request");
        Browser.screenshot(driver, "statistics-bad-year-en");
    }

    @Test
    void theLiaisonReadsThePageInFrenchForItsOwnNationals() {
        String liaison = api.newAccount("ui-stat-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        driver.get(api.base() + "/login.xhtml");
        driver.findElement(By.id("headerForm:langFr")).click();
        waitFor(By.id("headerForm:langEn"));
        waitFor(By.id("loginForm:username")).sendKeys(liaison);
        driver.findElement(By.id("loginForm:password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.id("loginForm:signIn")).click();
        waitFor(By.id("welcome"));
        driver.get(api.base() + "/statistics/index.xhtml");
        waitFor(By.id("stats:year"));
        assertEquals("Statistiques : la mise à jour trimestrielle", driver.findElement(By.cssSelector("h1.bl-title")).getText());
        assertTrue(driver.findElements(By.id("stats:nationality")).isEmpty(), "a liaison has no nationality filter");
        choose("2006", "3", "2006-12-31");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("stats:totalCount"), "3"));
        assertTrue(driver.findElement(By.cssSelector(".bl-stats-tables")).getText().contains("Allégations par mission"));
        Browser.screenshot(driver, "statistics-liaison-fr");
    }

    @Test
    void hqOpensTheCasesBehindAMissionsNumber() {
        String hq = api.newAccount("ui-stat-hq", "HQ_CONDUCT", null, null);
        signIn(hq);
        driver.get(api.base() + "/statistics/index.xhtml");
        choose("2006", "3", "2006-12-31");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("stats:totalCount"), "9"));
        WebElement unmil = driver.findElements(By.cssSelector(".bl-stats-tables a")).stream()
                .filter(a -> a.getAttribute("href").contains("mission=UNMIL")).findFirst().orElseThrow();
        assertEquals("7", unmil.getText());
        unmil.click();
        WebElement table = waitFor(By.id("cases:table"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), "UNMIL-2006-9001"));
        String text = table.getText();
        assertTrue(text.contains("UNMIL-2006-9002"), text);
        assertTrue(text.contains("UNMIS-2006-9005"), "the case moved to UNMIL: " + text);
        assertFalse(text.contains("MONUC-2006-9003"), text);
        assertFalse(text.contains("UNMIL-2006-9006"), "other misconduct is not behind an SEA number: " + text);
        Browser.screenshot(driver, "statistics-drill-down-hq");
    }

    @Test
    void aConductOfficerDoesNotGetThePage() {
        String officer = api.newAccount("ui-stat-co", "CONDUCT_OFFICER", "UNMIL", null);
        signIn(officer);
        assertFalse(driver.getPageSource().contains("statistics/index.xhtml"), "no menu item");
        driver.get(api.base() + "/statistics/index.xhtml");
        waitFor(By.id("notFound"));
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
