package org.blueledger.allegation.web;

import org.blueledger.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.blueledger.testsupport.Api.PASSWORD;

/** The case page in a browser test: its tabs, its forms' fields and the message shown next to each field. */
public final class CasePage {

    private CasePage() {
    }

    static void signIn(WebDriver d, String user) {
        waitFor(d, By.id("loginForm:username")).sendKeys(user);
        d.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
        d.findElement(By.id("loginForm:signIn")).click();
    }

    /** Opens a tab by its title (the start of it: the counted tabs end with "(n)"). */
    static void openTab(WebDriver d, String title) {
        waitFor(d, By.id("caseStatus"));
        new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@role='tablist']//a[starts-with(normalize-space(), '" + title + "')]"))).click();
    }

    /** The title of the open tab. */
    static String openTabTitle(WebDriver d) {
        return waitFor(d, By.cssSelector("#tabs li.ui-tabs-selected a")).getText().trim();
    }

    /** Clicks a full-page submit button and waits for the page to come back. */
    static void submit(WebDriver d, String id) {
        WebElement button = d.findElement(By.id(id));
        button.click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(org.blueledger.testsupport.Browser.gone(button));
        waitFor(d, By.id("caseStatus"));
    }

    /**
     * The error shown next to a field: the message of the form field (the block holding its label)
     * around the component {@code clientId}, once it is visible.
     */
    public static String fieldError(WebDriver d, String clientId) {
        By message = By.xpath("//*[@id='" + clientId + "']/ancestor::div[contains(concat(' ', @class, ' '), ' bl-field ')][1]"
                + "//*[contains(concat(' ', @class, ' '), ' ui-message-error ')]");
        try {
            return new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(message))
                    .getText().trim();
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(d, "no-message-at-" + clientId.replace(':', '_'));
            throw e;
        }
    }

    /** Chooses an option of a PrimeFaces select by its code, on the hidden native select it submits. */
    static void select(WebDriver d, String id, String code) {
        waitFor(d, By.id(id));
        ((JavascriptExecutor) d).executeScript(
                "var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                        + "s.dispatchEvent(new Event('change', {bubbles: true}));", id + "_input", code);
    }

    /** Ticks the radio button of a PrimeFaces selectOneRadio that submits this value. */
    static void choose(WebDriver d, String name, String value) {
        waitFor(d, By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        ((JavascriptExecutor) d).executeScript("document.querySelector(\"input[name='\" + arguments[0] + \"'][value='\""
                + " + arguments[1] + \"']\").checked = true;", name, value);
    }

    static void setValue(WebDriver d, String id, String value) {
        ((JavascriptExecutor) d).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    static WebElement waitFor(WebDriver d, By by) {
        return new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
