package org.blueledger.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The new-allegation form (allegation/new.xhtml). */
public final class IntakePage extends Page {

    public static final String PATH = "/allegation/new.xhtml";

    public IntakePage(WebDriver driver) {
        super(driver);
    }

    /** Waits for the form. */
    public IntakePage shown() {
        waitFor(By.id("intake:summary"));
        return this;
    }

    /** Adds a subject's row and waits for it ({@code index} from 0). */
    public void addSubject(int index) {
        driver.findElement(By.id("intake:addSubject")).click();
        waitFor(By.id("intake:subjects:" + index + ":personnelCategory"));
    }

    /** Adds a victim's row and waits for it ({@code index} from 0). */
    public void addVictim(int index) {
        driver.findElement(By.id("intake:addVictim")).click();
        waitFor(By.id("intake:victims:" + index + ":ageGroup"));
    }

    /** Clicks "File" (an ajax submit when refused; the case page when accepted). */
    public void file() {
        driver.findElement(By.id("intake:file")).click();
    }
}
