package org.ortak.organizations;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What only a browser proves: a coordinator signs in, registers the Kartepe women's
 * cooperative, finds it by typing without Turkish letters, reads the page in Persian
 * right to left, and signs out. Debian's chromium and chromium-driver, headless.
 */
@OrtakTest
class RegisterBrowserTests {

	private static final String NAME = "Kartepe Kadın Girişimi Üretim ve İşletme Kooperatifi";

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	Regions regions;

	@BeforeAll
	static void startBrowser() {
		File chromium = new File("/usr/bin/chromium");
		File driver = new File("/usr/bin/chromedriver");
		assumeTrue(chromium.canExecute() && driver.canExecute(),
				"Debian's chromium and chromium-driver are not installed (.ci/run installs them): browser test skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aCoordinatorRegistersFindsReadsInPersianAndSignsOut() throws IOException {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.get(url("/login"));
		screenshot("sign-in");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-test-password");
		browser.findElement(By.id("sign-in-submit")).click();
		wait.until(ExpectedConditions.urlContains("/organizations"));

		browser.findElement(By.id("new-organization")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organization-form")));
		browser.findElement(By.id("name")).sendKeys(NAME);
		new Select(browser.findElement(By.id("kind"))).selectByValue("COOPERATIVE");
		RegionView demoKartepe = this.regions.tree()
			.stream()
			.filter((region) -> region.label().equals("Türkiye › Kocaeli › Kartepe"))
			.findFirst()
			.orElseThrow();
		// a neighbourhood of the story's Kartepe only this test names: the scenario tests
		// make more regions called Kartepe than the picker lists
		String neighbourhood = "Maşukiye " + UUID.randomUUID().toString().substring(0, 6);
		RegionView kartepe = this.regions.create(new RegionDraft(neighbourhood, null, demoKartepe.id()),
				TestActors.admin());
		// the region picker (Tom Select over the real select) asks the server as one
		// types
		browser.findElement(By.cssSelector("#regionId + .ts-wrapper .ts-control")).click();
		browser.switchTo().activeElement().sendKeys(neighbourhood);
		wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector(".ts-dropdown [data-value='" + kartepe.id() + "']"))).click();
		assertThat(new Select(browser.findElement(By.id("regionId"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(kartepe.id().toString());
		// the sub-kinds and identifiers of Türkiye follow the region, swapped in by htmx
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#subKind option[value='WOMEN_ENTERPRISE']")));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#identifiers-field input"), 2));
		new Select(browser.findElement(By.id("subKind"))).selectByValue("WOMEN_ENTERPRISE");
		String mersis = TestIdentifiers.mersis();
		browser.findElement(By.id("identifiersMERSIS")).sendKeys(TestIdentifiers.inPersianDigits(mersis));
		browser.findElement(By.id("membersTotal")).sendKeys("42");
		browser.findElement(By.id("membersWomen")).sendKeys("42");
		screenshot("organization-form");
		click(By.id("save-organization"));
		wait.until(ExpectedConditions.textToBe(By.id("organization-name"), NAME));
		assertThat(browser.findElement(By.id("identifier-MERSIS")).getText()).isEqualTo(mersis);
		String page = browser.getCurrentUrl();
		String id = page.substring(page.lastIndexOf('/') + 1);
		screenshot("organization-page");
		// the page showed the saved record at once; the search catches up through the
		// outbox
		SearchIndexed.await(this.searchIndex);

		// newest first: other tests in this context registered Kartepe cooperatives too
		browser.get(url("/organizations?sort=-updated"));
		browser.findElement(By.id("q")).sendKeys("kartepe kadin");
		// htmx swaps the results in place and keeps the search in the address bar
		wait.until(ExpectedConditions.urlMatches("q=kartepe(\\+|%20)kadin"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results a[href$='" + id + "']")));
		assertThat(browser.findElement(By.cssSelector("#results a[href$='" + id + "']")).getText()).isEqualTo(NAME);
		screenshot("search");

		browser.findElement(By.id("language-menu")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[data-lang='fa']"))).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fa");
		assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).direction"))
			.isEqualTo("rtl");
		assertThat(browser.findElements(By.cssSelector("link[href*='bootstrap.rtl.min.css']"))).hasSize(1);
		browser.get(url("/organizations/" + id));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).as("the choice is remembered")
			.isEqualTo("rtl");
		screenshot("organization-page-fa");

		click(By.id("sign-out"));
		wait.until(ExpectedConditions.urlContains("signedOut"));
		assertThat(browser.findElements(By.id("sign-in"))).hasSize(1);
		browser.get(url("/organizations"));
		wait.until(ExpectedConditions.urlContains("/login"));
	}

	private static void click(By locator) {
		WebElement element = browser.findElement(locator);
		// a click as the page receives it, wherever the element sits in the headless
		// viewport
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Keeps a picture of the page and checks it against WCAG 2.1 AA with axe-core. */
	private static void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
		assertThat(axe.getViolations())
			.as("WCAG 2.1 AA on %s: %s", name,
					axe.getViolations()
						.stream()
						.map((rule) -> rule.getId() + " "
								+ rule.getNodes().stream().map((node) -> node.getTarget().toString()).toList())
						.toList())
			.isEmpty();
	}

}
