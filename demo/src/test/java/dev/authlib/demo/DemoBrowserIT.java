package dev.authlib.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clicks through the demo in headless Chromium against the packaged application (its embedded demo provider
 * included): home, "Log in with Demo" (the {@code @Authenticated} profile page, which the library's Quarkus Security
 * mechanism sends through the provider's login), the provider's consent page, and back to the profile, signed in.
 */
@QuarkusIntegrationTest
@WithTestResource(SessionKeys.class)
class DemoBrowserIT {
    private static final String APP = "http://127.0.0.1:" + System.getProperty("quarkus.http.test-port", "18931");

    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
        driver = browser.driver;
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void approvingAtTheProvider_endsOnTheProfileFetchedBySignedCall() throws Exception {
        driver.get(APP + "/");
        browser.screenshot("1-home");
        driver.findElement(By.linkText("Log in with Demo")).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("approve")));
        assertTrue(driver.getCurrentUrl().startsWith(APP + "/demo-provider/authorize?oauth_token="),
                driver.getCurrentUrl());
        assertEquals("Demo provider: allow authlib-jakarta demo to use your account?",
                driver.findElement(By.tagName("h1")).getText());
        browser.screenshot("2-provider-consent");
        driver.findElement(By.id("approve")).click();

        wait.until(ExpectedConditions.urlToBe(APP + "/profile"));
        assertEquals("Ada Lovelace", driver.findElement(By.id("name")).getText());
        assertEquals("@ada_demo", driver.findElement(By.id("handle")).getText());
        assertTrue(driver.getPageSource().contains("GET " + APP + "/demo-provider/api/me"));
        browser.screenshot("3-profile");
        assertEquals("HttpOnly", sessionCookieFlags(), "the session is a sealed cookie the page cannot read");

        driver.get(APP + "/");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("You are signed in as ada_demo"),
                driver.getPageSource());
        driver.findElement(By.id("profile")).click();
        wait.until(ExpectedConditions.urlToBe(APP + "/profile"));

        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Log in with Demo")));
        driver.get(APP + "/profile"); // signed out: through the provider's login again
        wait.until(ExpectedConditions.urlContains("/demo-provider/authorize?oauth_token="));
    }

    /** "HttpOnly" when the page's script sees no session cookie (it exists: the profile answered). */
    private String sessionCookieFlags() {
        Object visible = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.cookie;");
        return String.valueOf(visible).contains("authlib_caller") ? "readable by scripts" : "HttpOnly";
    }

    @Test
    void denyingAtTheProvider_endsOnTheCancelledPage() throws Exception {
        driver.get(APP + "/");
        driver.findElement(By.linkText("Log in with Demo")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("deny"))).click();

        wait.until(ExpectedConditions.urlToBe(APP + "/cancelled"));
        assertEquals("Login cancelled", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("message")).getText().contains("nothing was shared"));
        browser.screenshot("4-cancelled");

        driver.get(APP + "/"); // not signed in
        assertTrue(driver.findElements(By.linkText("Log in with Demo")).size() == 1);
    }
}
