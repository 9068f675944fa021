package org.ortak.organizations;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.ortak.Chromium;
import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a browser proves, as the people of the stories do it in their own language: a
 * Turkish coordinator registers a women's cooperative with its sub-kind and MERSİS
 * number, sees its status and finds it by its town; a Polish officer finds the CIS by
 * typing "skarzysko"; a Persian officer types figures on a Persian keyboard. Every page
 * is checked with axe-core. Debian's chromium and chromium-driver, headless.
 */
@OrtakTest
class RegisterBrowserTests {

	private static final String NAME = "Kartepe Kadın Girişimi Üretim ve İşletme Kooperatifi";

	private static WebDriver browser;

	private static WebDriverWait wait;

	@LocalServerPort
	int port;

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	Regions regions;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start(1280, 1000);
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aTurkishCoordinatorRegistersAWomensCooperativeSeesItsStatusAndFindsItByTown() {
		signIn("tr");
		browser.findElement(By.id("new-organization")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organization-form")));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("tr");
		browser.findElement(By.id("name")).sendKeys(NAME);
		new Select(browser.findElement(By.id("kind"))).selectByValue("COOPERATIVE");
		RegionView demoKartepe = this.regions.tree()
			.stream()
			.filter((region) -> region.label().equals("Türkiye › Kocaeli › Kartepe"))
			.findFirst()
			.orElseThrow();
		// a neighbourhood of the story's Kartepe only this test names: the scenario tests
		// make more regions called Kartepe than the picker lists
		String town = "Maşukiye " + UUID.randomUUID().toString().substring(0, 6);
		RegionView masukiye = this.regions.create(new RegionDraft(town, null, demoKartepe.id()), TestActors.admin());
		pickRegion(town, masukiye);
		// the sub-kinds and identifiers of Türkiye follow the region, swapped in by htmx
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#subKind option[value='WOMEN_ENTERPRISE']")));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#identifiers-field input"), 2));
		Select subKind = new Select(browser.findElement(By.id("subKind")));
		subKind.selectByValue("WOMEN_ENTERPRISE");
		assertThat(subKind.getFirstSelectedOption().getText())
			.isEqualTo("Kadın Girişimi Üretim ve İşletme Kooperatifi");
		String mersis = TestIdentifiers.mersis();
		browser.findElement(By.id("identifiersMERSIS")).sendKeys(TestIdentifiers.inPersianDigits(mersis));
		browser.findElement(By.id("membersTotal")).sendKeys("42");
		browser.findElement(By.id("membersWomen")).sendKeys("42");
		Chromium.check(browser, "tr-organization-form");
		click(By.id("save-organization"));
		wait.until(ExpectedConditions.textToBe(By.id("organization-name"), NAME));
		assertThat(browser.findElement(By.id("identifier-MERSIS")).getText()).isEqualTo(mersis);
		WebElement status = browser.findElement(By.id("organization-status"));
		assertThat(status.getText()).isEqualTo("Aktif");
		assertThat(status.getAttribute("class")).contains("status-active");
		assertThat(status.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "rgba(255, 255, 255, 1)");
		String page = browser.getCurrentUrl();
		String id = page.substring(page.lastIndexOf('/') + 1);
		Chromium.check(browser, "tr-organization-page");
		// the page showed the saved record at once; the search catches up through the
		// outbox
		SearchIndexed.await(this.searchIndex);

		// by its town, typed without Turkish letters
		browser.get(url("/organizations"));
		browser.findElement(By.id("q")).sendKeys(town.replace("Maşukiye", "masukiye"));
		// htmx swaps the results in place and keeps the search in the address bar
		wait.until(ExpectedConditions.urlContains("q=masukiye"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results a[href$='" + id + "']")));
		assertThat(browser.findElement(By.cssSelector("#results a[href$='" + id + "']")).getText()).isEqualTo(NAME);
		assertThat(browser.findElement(By.cssSelector("#results .status-active")).getText()).isEqualTo("Aktif");
		Chromium.check(browser, "tr-search-by-town");

		// the same page in Persian, right to left, and the choice is remembered
		browser.findElement(By.id("language-menu")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[data-lang='fa']"))).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
		assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).direction"))
			.isEqualTo("rtl");
		browser.get(url("/organizations/" + id));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		Chromium.check(browser, "fa-organization-page");

		click(By.id("sign-out"));
		wait.until(ExpectedConditions.urlContains("signedOut"));
		assertThat(browser.findElements(By.id("sign-in"))).hasSize(1);
		browser.get(url("/organizations"));
		wait.until(ExpectedConditions.urlContains("/login"));
	}

	@Test
	void aPolishOfficerFindsTheCisByTypingSkarzysko() {
		signIn("pl");
		SearchIndexed.await(this.searchIndex);
		browser.findElement(By.id("q")).sendKeys("skarzysko");
		wait.until(ExpectedConditions.urlContains("q=skarzysko"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Centrum Integracji"));
		assertThat(browser.findElements(By.cssSelector("#results tr.organization-row a"))
			.stream()
			.map(WebElement::getText))
			.anyMatch((name) -> name.startsWith("Centrum Integracji Społecznej") && name.contains("Skarżysk"));
		Chromium.check(browser, "pl-search-skarzysko");
	}

	@Test
	void aPersianOfficerTypesFiguresOnAPersianKeyboard() {
		signIn("fa");
		RegionView zanjan = TestCountries.regionIn(this.regions, "IR");
		browser.get(url("/organizations/new"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organization-form")));
		browser.findElement(By.id("name")).sendKeys("تعاونی آموزشگاهی دخترانه فرزانگان");
		new Select(browser.findElement(By.id("kind"))).selectByValue("COOPERATIVE");
		pickRegion(zanjan.name(), zanjan);
		// a Persian keyboard types Persian digits; Arabic-Indic ones are as good
		browser.findElement(By.id("membersTotal")).sendKeys("۸۵");
		browser.findElement(By.id("membersWomen")).sendKeys("٨٥");
		browser.findElement(By.id("employeesTotal")).sendKeys("۳");
		browser.findElement(By.id("foundedOn")).sendKeys("۱۳۹۸/۰۷/۰۱");
		assertThat(browser.findElement(By.id("membersTotal")).getAttribute("value")).isEqualTo("۸۵");
		Chromium.check(browser, "fa-organization-form-digits");
		click(By.id("save-organization"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organization-name")));
		String members = browser.findElement(By.id("content")).getText();
		assertThat(members).contains("۸۵").contains("۱۳۹۸");
		Chromium.check(browser, "fa-organization-page-digits");
		String page = browser.getCurrentUrl();
		browser.get(page + "/edit");
		assertThat(browser.findElement(By.id("membersTotal")).getAttribute("value")).isEqualTo("۸۵");
		assertThat(browser.findElement(By.id("membersWomen")).getAttribute("value")).isEqualTo("۸۵");
	}

	/**
	 * The region picker (Tom Select over the real select) asks the server as one types.
	 */
	private static void pickRegion(String typed, RegionView region) {
		browser.findElement(By.cssSelector("#regionId + .ts-wrapper .ts-control")).click();
		browser.switchTo().activeElement().sendKeys(typed);
		By option = By.cssSelector(".ts-dropdown [data-value='" + region.id() + "']");
		wait.until(ExpectedConditions.visibilityOfElementLocated(option));
		// clicked as the page receives it: the dropdown may open below the headless
		// viewport
		click(option);
		assertThat(new Select(browser.findElement(By.id("regionId"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(region.id().toString());
	}

	@Test
	void aPolishOfficerImportsTheRegisterFromASpreadsheetWatchingTheProgressBar() throws java.io.IOException {
		RegionView region = TestCountries.regionIn(this.regions, "PL");
		String word = "Przeglad" + java.util.UUID.randomUUID().toString().substring(0, 6);
		StringBuilder csv = new StringBuilder("Nazwa;Rodzaj;Region;Liczba członków\n");
		for (int i = 1; i <= 20_000; i++) {
			// every thousandth row has a kind nobody knows
			csv.append(word)
				.append(' ')
				.append(i)
				.append(';')
				.append((i % 1000 == 0) ? "Bank" : "Spółdzielnia")
				.append(';')
				.append(region.name())
				.append(';')
				.append(i % 40)
				.append('\n');
		}
		java.nio.file.Path file = java.nio.file.Files.createTempFile("rejestr", ".csv");
		java.nio.file.Files.writeString(file, csv, java.nio.charset.StandardCharsets.UTF_8);
		signIn("pl");
		browser.get(url("/imports"));
		Chromium.check(browser, "pl-imports");
		browser.findElement(By.id("file")).sendKeys(file.toString());
		click(By.id("upload"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mapping-form")));
		Chromium.check(browser, "pl-import-mapping");
		assertThat(new Select(browser.findElement(By.id("column-1"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("kind");
		click(By.id("dry-run"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-bar")));
		Chromium.check(browser, "pl-import-progress");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-counts")));
		Chromium.check(browser, "pl-import-report");
		assertThat(browser.findElement(By.id("count-rows")).getText().replaceAll("\\D", "")).isEqualTo("20000");
		assertThat(browser.findElement(By.id("count-bad")).getText()).isEqualTo("20");
		assertThat(browser.findElement(By.id("problems")).getText()).contains("Bank");
		click(By.id("good-rows"));
		click(By.id("commit"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-done")));
		Chromium.check(browser, "pl-import-done");
		assertThat(browser.findElement(By.id("import-done")).getText()).contains("19");
		browser.get(url("/imports?lang=fa"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		Chromium.check(browser, "fa-imports");
		java.nio.file.Files.delete(file);
	}

	private void signIn(String language) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=" + language));
		Chromium.check(browser, language + "-sign-in");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-test-password");
		browser.findElement(By.id("sign-in-submit")).click();
		wait.until(ExpectedConditions.urlContains("/organizations"));
	}

	private static void click(By locator) {
		Chromium.click(browser, locator);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
