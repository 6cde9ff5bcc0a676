package org.blueledger.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The dashboard (dashboard.xhtml) and the list of due items its counts lead to. */
public final class DashboardPage extends Page {

    public static final String PATH = "/dashboard.xhtml";

    public DashboardPage(WebDriver driver) {
        super(driver);
    }

    /** Waits for the signed-in user's dashboard. */
    public DashboardPage shown() {
        waitFor(By.id("welcome"));
        return this;
    }

    /** Follows the dashboard's "everything due" link and returns the text of the items listed. */
    public String allDueItems() {
        waitFor(By.id("dueCounts")).findElement(By.id("allDue")).click();
        return waitFor(By.id("dueItems")).getText();
    }
}
