package org.blueledger.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The second step of signing in (two-factor.xhtml): enrolment with a secret, or a code; then the recovery codes. */
public final class TwoFactorPage extends Page {

    public TwoFactorPage(WebDriver driver) {
        super(driver);
    }

    /** The secret offered at enrolment, once shown. */
    public String secret() {
        return waitFor(By.id("secret")).getText();
    }

    /** Types a code (from the authenticator, or a recovery code) into the emptied field and confirms it. */
    public void confirm(String code) {
        retype("twoFactor:code", code);
        driver.findElement(By.id("twoFactor:confirm")).click();
    }

    /** Waits until the form says the code is not valid. */
    public void waitForRefusal() {
        waitForText(By.id("twoFactor:messages"), "not valid");
    }

    /** The recovery codes shown after enrolment, once shown. */
    public List<String> recoveryCodes() {
        return waitFor(By.id("recoveryCodes")).findElements(By.tagName("code")).stream().map(WebElement::getText).toList();
    }
}
