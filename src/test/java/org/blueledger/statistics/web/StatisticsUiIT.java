package org.blueledger.statistics.web;

import org.blueledger.statistics.StatisticsDataset;
import org.blueledger.testsupport.BrowserTest;
import org.blueledger.testsupport.pages.DashboardPage;
import org.blueledger.testsupport.pages.SignInPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics page in headless Chromium: the statistician picks the hand-built quarter and
 * sees the total, the charts drawn on their canvases and the tables; a bad year is refused with a
 * message next to the field; the page speaks French; a conduct officer does not get the page.
 */
class StatisticsUiIT extends BrowserTest {

    StatisticsPage page;

    @BeforeEach
    void setUp() throws Exception {
        StatisticsDataset.seedOnce();
        page = new StatisticsPage(browsers.open());
    }

    /** Signs in from the dashboard's address and waits for the dashboard. */
    void signIn(String user) {
        page.open(api.base() + DashboardPage.PATH);
        new SignInPage(page.driver()).signIn(user);
        new DashboardPage(page.driver()).shown();
    }

    @Test
    void theStatisticianSeesTheQuarterWithChartsAndTablesAndABadYearIsRefusedBesideTheField() {
        String statistician = api.newAccount("ui-stat", "STATISTICIAN", null, null);
        signIn(statistician);
        page.find(By.linkText("Statistics")).click();
        page.waitFor("stats:year");
        assertEquals("Statistics: the quarterly update", page.title());

        page.show("2006", "3", "2006-12-31");
        page.waitForTotal("9");
        page.waitFor(By.cssSelector("[id='stats:chartByMission'] canvas"));
        assertTrue(page.findAll(By.cssSelector(".bl-stats-charts canvas")).size() >= 5, "five charts drawn");
        assertTrue(((Boolean) page.script(
                "var c = document.querySelector(\"[id='stats:chartByMission'] canvas\"); return c.width > 0 && c.height > 0;")));
        String tables = page.tables();
        assertTrue(tables.contains("Allegations by mission"), tables);
        assertTrue(tables.contains("UNMIL\n7") || tables.contains("UNMIL 7"), tables);
        assertFalse(tables.contains("FRA"), "no civilian nationality anywhere");
        String annual = page.findAll(By.cssSelector(".bl-stats-tables")).get(1).getText();
        assertTrue(annual.contains("Investigations by investigating entity"), "the annual views below: " + annual);
        assertTrue(annual.contains("Median duration (days)"), annual);
        page.screenshot("statistics-quarter-en");

        page.show("1900", "3", "");
        page.waitForText(By.id("stats:yearMessage"), "1948");
        String message = page.find("stats:yearMessage").getText();
        assertTrue(message.startsWith("Year"), message);
        assertTrue(page.findAll(By.id("stats:results")).isEmpty(), "no tables for a refused request");
        page.screenshot("statistics-bad-year-en");
    }

    @Test
    void theLiaisonReadsThePageInFrenchForItsOwnNationals() {
        String liaison = api.newAccount("ui-stat-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        page.open(api.base() + "/login.xhtml");
        page.switchLanguage("fr");
        new SignInPage(page.driver()).signIn(liaison);
        page.waitFor("welcome");
        page.open(api.base() + StatisticsPage.PATH);
        page.waitFor("stats:year");
        assertEquals("Statistiques : la mise à jour trimestrielle", page.title());
        assertTrue(page.findAll(By.id("stats:nationality")).isEmpty(), "a liaison has no nationality filter");
        page.show("2006", "3", "2006-12-31");
        page.waitForTotal("3");
        assertTrue(page.tables().contains("Allégations par mission"));
        page.screenshot("statistics-liaison-fr");
    }

    @Test
    void hqOpensTheCasesBehindAMissionsNumber() {
        String hq = api.newAccount("ui-stat-hq", "HQ_CONDUCT", null, null);
        signIn(hq);
        page.open(api.base() + StatisticsPage.PATH);
        page.show("2006", "3", "2006-12-31");
        page.waitForTotal("9");
        WebElement unmil = page.missionLink("UNMIL");
        assertEquals("7", unmil.getText());
        unmil.click();
        WebElement table = page.waitFor("cases:table");
        page.waitForText(By.id("cases:table"), "UNMIL-2006-9001");
        String text = table.getText();
        assertTrue(text.contains("UNMIL-2006-9002"), text);
        assertTrue(text.contains("UNMIS-2006-9005"), "the case moved to UNMIL: " + text);
        assertFalse(text.contains("MONUC-2006-9003"), text);
        assertFalse(text.contains("UNMIL-2006-9006"), "other misconduct is not behind an SEA number: " + text);
        page.screenshot("statistics-drill-down-hq");
    }

    @Test
    void aConductOfficerDoesNotGetThePage() {
        String officer = api.newAccount("ui-stat-co", "CONDUCT_OFFICER", "UNMIL", null);
        signIn(officer);
        assertFalse(page.source().contains("statistics/index.xhtml"), "no menu item");
        page.open(api.base() + StatisticsPage.PATH);
        page.waitFor("notFound");
    }
}
