package org.blueledger.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case page (allegation/view.xhtml): its status, its tabs and their forms, the next steps. */
public final class CasePage extends Page {

    /** The follow-up tab's title. */
    public static final String FOLLOW_UP = "Investigations, notifications, actions";

    public CasePage(WebDriver driver) {
        super(driver);
    }

    /** The page's address for a case, relative to the application. */
    public static String path(String reference) {
        return "/allegation/view.xhtml?ref=" + reference;
    }

    /** Opens the case (base: the application's address) and waits for it. */
    public CasePage open(String base, String reference) {
        driver.get(base + path(reference));
        return shown();
    }

    /** Waits for the case page (its status) to be shown. */
    public CasePage shown() {
        waitFor(By.id("caseStatus"));
        return this;
    }

    /** The reference in the page's title. */
    public String reference() {
        return title();
    }

    public String status() {
        return waitFor(By.id("caseStatus")).getText();
    }

    /** Waits until the case's status reads {@code label}. */
    public void waitForStatus(String label) {
        until(ExpectedConditions.textToBe(By.id("caseStatus"), label));
    }

    /** Opens a tab by its title (the start of it: the counted tabs end with "(n)"). */
    public void openTab(String title) {
        shown();
        until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@role='tablist']//a[starts-with(normalize-space(), '" + title + "')]"))).click();
    }

    /** Opens the follow-up tab (investigations, notes verbales, actions). */
    public void openFollowUp() {
        openTab(FOLLOW_UP);
    }

    /** The title of the open tab. */
    public String openTabTitle() {
        return waitFor(By.cssSelector("#tabs li.ui-tabs-selected a")).getText().trim();
    }

    /** Clicks a full-page submit button and waits for the case page to come back. */
    @Override
    public void submit(String id) {
        super.submit(id);
        shown();
    }

    /** As {@link #submit}, and no error message is shown afterwards. */
    public void submitAccepted(String id) {
        submit(id);
        List<WebElement> errors = driver.findElements(By.cssSelector(".ui-messages-error"));
        assertTrue(errors.isEmpty() || errors.stream().noneMatch(WebElement::isDisplayed),
                "no error after " + id + ": " + errors.stream().map(WebElement::getText).toList());
    }

    /** Attaches a file on the attachments tab's form (a full-page submit). */
    public void attach(Path file) {
        waitFor(By.cssSelector("[id='tabs:attachForm'] input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        submit("tabs:attachForm:upload");
    }

    /** Clicks the print button and returns the text of the PDF file it downloads (named after the case). */
    public String printedFileText(String reference) throws IOException {
        shown();
        Path downloads = downloads();
        driver.findElement(By.id("printForm:print")).click();
        Path pdf = downloads.resolve(reference + ".pdf");
        until(dr -> Files.exists(pdf));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    /** Chooses a new status on the summary tab and confirms it (the page stays: ajax). */
    public void changeStatus(String status) {
        select("tabs:statusForm:status", status);
        clickAndConfirm("tabs:statusForm:changeStatus");
    }

    /** The rows of the next-step panel, each as its cells' text joined by spaces. */
    public List<String> nextSteps() {
        waitFor(By.id("nextSteps"));
        return driver.findElements(By.cssSelector("[id='nextStepList_data'] tr")).stream()
                .map(r -> String.join(" ", r.findElements(By.tagName("td")).stream().map(c -> c.getText().trim()).toList()))
                .toList();
    }
}
