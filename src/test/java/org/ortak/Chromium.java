package org.ortak;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless chromium for the browser tests: one per test class, and a check of
 * every page it shows against WCAG 2.1 AA with axe-core, keeping a screenshot to look at.
 */
public final class Chromium {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private Chromium() {
	}

	/** A browser of this window size; the test is skipped where chromium is missing. */
	public static WebDriver start(int width, int height) {
		File chromium = new File("/usr/bin/chromium");
		File driver = new File("/usr/bin/chromedriver");
		assumeTrue(chromium.canExecute() && driver.canExecute(),
				"Debian's chromium and chromium-driver are not installed (.ci/run installs them): browser test skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + width + "," + height, "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/** Keeps a picture of the page and checks it against WCAG 2.1 AA with axe-core. */
	public static void check(WebDriver browser, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"),
					((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
		assertThat(axe.getViolations())
			.as("WCAG 2.1 AA on %s (%s): %s", name, browser.getCurrentUrl(),
					axe.getViolations()
						.stream()
						.map((rule) -> rule.getId() + " " + rule.getImpact() + " "
								+ rule.getNodes().stream().map((node) -> node.getTarget().toString()).toList())
						.toList())
			.isEmpty();
	}

	/**
	 * Signs the browser in afresh as the tests' admin, the sign-in page in the language
	 * given, and waits for the register it lands on.
	 */
	public static void signIn(WebDriver browser, String baseUrl, String language) {
		signIn(browser, baseUrl, language, "admin", "admin-test-password");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/organizations"));
	}

	/**
	 * Signs the browser in afresh as this user, and waits until it has left the sign-in
	 * page.
	 */
	public static void signIn(WebDriver browser, String baseUrl, String language, String username, String password) {
		browser.manage().deleteAllCookies();
		browser.get(baseUrl + "/login?lang=" + language);
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in-submit")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions
				.not(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login")));
	}

	/**
	 * Sets a field's value as a date picker would (headless Chrome types dates in its own
	 * way).
	 */
	public static void value(WebDriver browser, String id, String value) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
				value);
	}

	/**
	 * Waits until the public form on the page is as old as its signed minimum fill time
	 * (1 s in tests), read from its own stamp: a person takes that long, the browser does
	 * not and would be turned away as a robot.
	 */
	public static void awaitFormStamp(WebDriver browser) {
		String stamp = browser.findElement(By.name("stamp")).getAttribute("value");
		long shown = Long.parseLong(stamp.substring(0, stamp.indexOf('.')));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.pollInterval(java.time.Duration.ofMillis(50))
			.until(() -> System.currentTimeMillis() >= shown + 1100);
	}

	/**
	 * Clicks as the page receives a click, wherever the element sits in the headless
	 * viewport (a footer or the window's edge may cover it there).
	 */
	public static void click(WebDriver browser, By locator) {
		WebElement element = browser.findElement(locator);
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element);
	}

}
