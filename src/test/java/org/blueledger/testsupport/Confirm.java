package org.blueledger.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The application's one confirmation dialog (layout.xhtml, PrimeFaces p:confirm) in a browser test. */
public final class Confirm {

    private Confirm() {
    }

    /** Waits for the dialog to ask, and answers Yes. */
    public static void yes(WebDriver d) {
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirm")));
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("confirmForm:confirmYes")))
                .click();
    }

    /** Waits for the dialog to ask, and answers No. */
    public static void no(WebDriver d) {
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirm")));
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("confirmForm:confirmNo")))
                .click();
    }

    /** Clicks a full-page submit button that asks for confirmation, answers Yes, and waits for the next page. */
    public static void submit(WebDriver d, String id) {
        WebElement button = d.findElement(By.id(id));
        ((JavascriptExecutor) d).executeScript("arguments[0].click();", button);
        yes(d);
        new WebDriverWait(d, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(button));
    }
}
