package org.blueledger.victimsupport.web;

import org.blueledger.testsupport.pages.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The victim's page (victims/victim.xhtml) in a browser test: its forms post the whole page and come back to it. */
final class VictimPage extends Page {

    VictimPage(WebDriver driver) {
        super(driver);
    }

    /** The victim's name as shown (empty once erased), once the page is there. */
    String victimName() {
        return waitFor(By.id("victimName")).getText();
    }

    /**
     * Clicks a full-page submit button (a script click: the page focuses the first bad field,
     * whose date picker may lie over the button) and waits for the victim's page to come back.
     */
    @Override
    public void submit(String id) {
        submitByScript(id);
        waitFor(By.id("victimName"));
    }
}
