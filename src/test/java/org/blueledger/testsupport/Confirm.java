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

    /** Waits for the dialog to ask, answers Yes, and waits for it to close. */
    public static void yes(WebDriver d) {
        answer(d, "confirmForm:confirmYes");
    }

    /** Waits for the dialog to ask, answers No, and waits for it to close. */
    public static void no(WebDriver d) {
        answer(d, "confirmForm:confirmNo");
    }

    /**
     * Until the modal dialog has closed it keeps the keyboard focus, so keys typed right after an
     * answer would go to the dialog and not to the page's field: wait for it to be gone.
     */
    private static void answer(WebDriver d, String button) {
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirm")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id(button))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmForm:confirm")));
    }

    /** Clicks a full-page submit button that asks for confirmation, answers Yes, and waits for the next page. */
    public static void submit(WebDriver d, String id) {
        WebElement button = d.findElement(By.id(id));
        ((JavascriptExecutor) d).executeScript("arguments[0].click();", button);
        yes(d);
        new WebDriverWait(d, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(button));
    }
}
