package org.blueledger.testsupport.pages;

import org.blueledger.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** The case list (allegation/list.xhtml): its search, filters, total and references. */
public final class CaseListPage extends Page {

    public static final String PATH = "/allegation/list.xhtml";

    public CaseListPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the list (base: the application's address, plus any query) and waits for its table. */
    public CaseListPage open(String base, String query) {
        driver.get(base + PATH + query);
        table();
        return this;
    }

    /** Types the words into the search box (without searching). */
    public void typeSearch(String words) {
        waitFor(By.id("cases:q")).sendKeys(words);
    }

    /** Searches for the words and waits until the table shows exactly {@code rows} references. */
    public void search(String words, int rows) {
        typeSearch(words);
        WebElement before = driver.findElement(By.id("cases:table"));
        driver.findElement(By.id("cases:filter")).click();
        until(Browser.gone(before));
        until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cases\\:table a.bl-ref"), rows));
    }

    /** Clicks the filter button (a full-page submit) and waits for the next page. */
    public void filter() {
        submit("cases:filter");
    }

    /** Opens a case by its reference link. */
    public void openCase(String reference) {
        until(ExpectedConditions.elementToBeClickable(By.linkText(reference))).click();
    }

    /** The table's text. */
    public String table() {
        return waitFor(By.id("cases:table")).getText();
    }

    /** "Cases found: n". */
    public String total() {
        return waitFor(By.id("cases:table:total")).getText().trim();
    }

    /** The references in the table, in its order. */
    public List<String> references() {
        waitFor(By.id("cases:table"));
        return driver.findElements(By.cssSelector("[id='cases:table'] a.bl-ref")).stream().map(WebElement::getText).toList();
    }

    /** The message next to the "received from" date, once it shows. */
    public String fromDateError() {
        return waitForVisible(By.cssSelector("[id='cases:fromMessage'].ui-message-error")).getText();
    }
}
