package org.blueledger.statistics.web;

import org.blueledger.testsupport.pages.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The statistics page (statistics/index.xhtml) in a browser test: the request form, the total, the charts and tables. */
final class StatisticsPage extends Page {

    static final String PATH = "/statistics/index.xhtml";

    StatisticsPage(WebDriver driver) {
        super(driver);
    }

    /** Asks for a quarter (year, quarter 1 to 4, "as of" date or empty) and shows it. */
    void show(String year, String quarter, String asOf) {
        retype("stats:year", year);
        script("var s = document.getElementById('stats:quarter_input');"
                + "s.value = arguments[0]; s.dispatchEvent(new Event('change', {bubbles: true}));", quarter);
        retype("stats:asOf", asOf);
        find("stats:show").click();
        screenshot("statistics-after-show");
    }

    /** Waits until the total shown contains {@code count}. */
    void waitForTotal(String count) {
        waitForText(By.id("stats:totalCount"), count);
    }

    /** The text of the first block of tables (the quarter's). */
    String tables() {
        return find(By.cssSelector(".bl-stats-tables")).getText();
    }

    /** The link behind a mission's number in the tables. */
    WebElement missionLink(String mission) {
        return findAll(By.cssSelector(".bl-stats-tables a")).stream()
                .filter(a -> a.getAttribute("href").contains("mission=" + mission)).findFirst().orElseThrow();
    }
}
