package org.blueledger.home.web;

import org.blueledger.testsupport.pages.IntakePage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.2 AA ({@link AccessibilityCheck}) on every page of the sign-in page, the conduct officer,
 * the chief of conduct, the investigator and HQ; and the keyboard: the skip link takes the focus
 * to the content, and a refused submit puts the focus on the first field in error.
 */
@Order(2) // a long class: at one end of the order (see the pom)
class AccessibilityUiIT extends AccessibilityCheck {

    @Test
    void noSeriousOrCriticalViolationAndNoSidewaysScrollOnAnyPageOfTheCaseRoles() throws Exception {
        checkEveryPageOf(FIRST_ROLES);
    }

    @Test
    void theSkipLinkLeadsToTheContentAndARefusedSubmitFocusesTheFirstFieldInError() throws Exception {
        String officer = api.newAccount("a11y-focus", "CONDUCT_OFFICER", "UNMISS", null);
        IntakePage d = new IntakePage(browsers.openAs(api.base() + IntakePage.PATH, officer)).shown();

        // The first Tab reaches the skip link; following it puts the focus on the main content.
        d.script("document.activeElement && document.activeElement.blur();");
        new Actions(d.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("skipToContent", d.activeId(), "the skip link comes first");
        assertTrue(d.find("skipToContent").isDisplayed(), "the skip link shows when focused");
        new Actions(d.driver()).sendKeys(Keys.ENTER).perform();
        d.until(Duration.ofSeconds(5), x -> "content".equals(d.activeId()));

        // A refused intake (nothing filled in): the focus goes to the first field with an error.
        d.file();
        d.waitForVisible(By.cssSelector(".bl-field .ui-message-error"));
        WebElement firstError = d.find(By.xpath("(//*[contains(concat(' ', @class, ' '), ' ui-message-error ')]"
                + "/ancestor::div[contains(concat(' ', @class, ' '), ' bl-field ')][1])[1]"));
        d.until(Duration.ofSeconds(5), x -> (Boolean) d.script(
                "return arguments[0].contains(document.activeElement);", firstError));
        d.screenshot("a11y-focus-first-error");

        // The same on a full-page form: one's own password, submitted empty.
        d.open(api.base() + "/account/password.xhtml");
        d.submit("passwordForm:change");
        d.until(Duration.ofSeconds(10), x -> "passwordForm:current".equals(d.activeId()));
    }

}
