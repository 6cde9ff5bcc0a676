package org.blueledger.testsupport.pages;

import org.blueledger.testsupport.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-in page (login.xhtml), where every protected address first leads. */
public final class SignInPage extends Page {

    public SignInPage(WebDriver driver) {
        super(driver);
    }

    /** Signs in with {@link Api#PASSWORD} once the form is there, and waits for the next page. */
    public void signIn(String user) {
        signIn(user, Api.PASSWORD);
    }

    /**
     * Signs in once the form is there, and waits for the next page (the form posts the whole
     * page: a refused sign-in comes back as a new sign-in page).
     */
    public void signIn(String user, String password) {
        WebElement button = credentials(user, password);
        button.click();
        until(org.blueledger.testsupport.Browser.gone(button));
    }

    private WebElement credentials(String user, String password) {
        waitFor(By.id("loginForm:username")).sendKeys(user);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        return driver.findElement(By.id("loginForm:signIn"));
    }

    /** The sign-in page's messages (a wrong password, a locked account). */
    public WebElement messages() {
        return waitFor(By.id("loginForm:messages"));
    }
}
