package org.blueledger.testsupport.pages;

import org.blueledger.testsupport.Browser;
import org.blueledger.testsupport.Confirm;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.function.Function;

/**
 * Any page of the application in a browser test: the waits (for the thing itself, never a fixed
 * sleep), the PrimeFaces form controls, the message next to a field, the header's language
 * switch. The page objects of this package add what is particular to one page.
 */
public class Page {

    /** How long any wait lasts before the test fails. */
    public static final Duration WAIT = Duration.ofSeconds(20);

    protected final WebDriver driver;

    public Page(WebDriver driver) {
        this.driver = driver;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String source() {
        return driver.getPageSource();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Opens an address (absolute). */
    public void open(String url) {
        driver.get(url);
    }

    /** Waits until the condition holds and returns what it returned. */
    public <T> T until(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Waits at most {@code timeout} until the condition holds and returns what it returned. */
    public <T> T until(Duration timeout, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    /** The element, once it is in the page. */
    public WebElement waitFor(By by) {
        return until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public WebElement waitFor(String id) {
        return waitFor(By.id(id));
    }

    /** The element, once it is shown. */
    public WebElement waitForVisible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element's text contains {@code text}. */
    public void waitForText(By by, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the global messages (id {@code messages}) contain {@code text}. */
    public void waitForMessage(String text) {
        waitForText(By.id("messages"), text);
    }

    public String text(String id) {
        return waitFor(By.id(id)).getText();
    }

    /** The page's title (its h1). */
    public String title() {
        return driver.findElement(By.cssSelector("h1.bl-title")).getText();
    }

    public boolean contains(String text) {
        return driver.getPageSource().contains(text);
    }

    /** Types into a field once it is in the page. */
    public void type(String id, String text) {
        waitFor(By.id(id)).sendKeys(text);
    }

    /** Empties a field and types into it. */
    public void retype(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a button (an ajax one: the page stays) once it can be clicked. */
    public void click(String id) {
        until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Clicks a full-page submit button or link and waits for the next page. */
    public void submit(String id) {
        WebElement button = waitFor(By.id(id));
        button.click();
        until(Browser.gone(button));
    }

    /**
     * As {@link #submit}, with a script click: the page focuses the first bad field, whose date
     * picker may lie over the button.
     */
    public void submitByScript(String id) {
        WebElement button = waitFor(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", button);
        until(Browser.gone(button));
    }

    /** Clicks a button that asks for confirmation and answers Yes (the page may stay: ajax). */
    public void clickAndConfirm(String id) {
        driver.findElement(By.id(id)).click();
        Confirm.yes(driver);
    }

    /** Clicks a button that asks for confirmation and answers No. */
    public void clickAndDecline(String id) {
        driver.findElement(By.id(id)).click();
        Confirm.no(driver);
    }

    /** Clicks a full-page submit button that asks for confirmation, answers Yes and waits for the next page. */
    public void submitAndConfirm(String id) {
        Confirm.submit(driver, id);
    }

    /** Chooses an option of a PrimeFaces select by its code, on the hidden native select it submits. */
    public void select(String id, String code) {
        waitFor(By.id(id));
        script("var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));", id + "_input", code);
    }

    /** Ticks the radio button of a PrimeFaces selectOneRadio that submits this value. */
    public void choose(String name, String value) {
        waitFor(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        script("document.querySelector(\"input[name='\" + arguments[0] + \"'][value='\" + arguments[1] + \"']\")"
                + ".checked = true;", name, value);
    }

    /** Ticks the check box that submits this value (the first one in the page). */
    public void tick(String value) {
        script("document.querySelector(\"input[value='\" + arguments[0] + \"']\").checked = true;", value);
    }

    /** Sets a field's value directly (a date picker's input, without its calendar). */
    public void setValue(String id, String value) {
        script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** The options' values of a native select. */
    public List<String> optionValues(String selectId) {
        return driver.findElements(By.cssSelector("select[id='" + selectId + "'] option")).stream()
                .map(o -> o.getAttribute("value")).toList();
    }

    /**
     * The error shown next to a field: the message of the form field (the block holding its label)
     * around the component {@code clientId}, once it is visible.
     */
    public String fieldError(String clientId) {
        try {
            return waitForVisible(fieldMessage(clientId)).getText().trim();
        } catch (TimeoutException e) {
            Browser.screenshot(driver, "no-message-at-" + clientId.replace(':', '_'));
            throw e;
        }
    }

    /** The errors shown next to a field now (without waiting). */
    public List<String> fieldErrors(String clientId) {
        return driver.findElements(fieldMessage(clientId)).stream().map(WebElement::getText).toList();
    }

    private static By fieldMessage(String clientId) {
        return By.xpath("//*[@id='" + clientId + "']/ancestor::div[contains(concat(' ', @class, ' '), ' bl-field ')][1]"
                + "//*[contains(concat(' ', @class, ' '), ' ui-message-error ')]");
    }

    /** Switches the page's language with the header's button ({@code "fr"} or {@code "en"}) and waits for the page in it. */
    public void switchLanguage(String language) {
        boolean french = "fr".equals(language);
        submit("headerForm:lang" + (french ? "Fr" : "En"));
        waitFor(By.id("headerForm:lang" + (french ? "En" : "Fr")));
    }

    /** A new empty folder where the browser saves what it downloads from now on. */
    public Path downloads() throws IOException {
        Path dir = Files.createTempDirectory("bl-downloads");
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
        return dir;
    }

    /** The id of the element that has the focus. */
    public String activeId() {
        return (String) script("return document.activeElement && document.activeElement.id;");
    }

    /** The links of the main menu. */
    public List<String> navigation() {
        return driver.findElements(By.cssSelector("#navigation a")).stream().map(e -> e.getText().trim()).toList();
    }

    public void screenshot(String name) {
        Browser.screenshot(driver, name);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
