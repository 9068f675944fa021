package org.ortak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.ortak.organizations.Corrections;
import org.ortak.organizations.OrganizationDetails;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestOrganizations;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in every language, as a browser shows it: each passes WCAG 2.1 AA
 * (axe-core), each status badge is readable (Turkish and Azerbaijani once lost it to a
 * dotless ı in its CSS class), Persian pages run right to left, and on a 390 px phone the
 * register reads as cards without sideways scrolling.
 */
@OrtakTest
class EveryPageBrowserTests {

	private static WebDriver browser;

	private static final List<UUID> shown = new ArrayList<>();

	private static RegionView place;

	private static RegionView province;

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	Corrections corrections;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start(1280, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	/** One organization in each status, in a district of their own. */
	@BeforeEach
	void organizationsInEveryStatus() {
		if (place != null) {
			return;
		}
		RegionView country = this.regions.create(new RegionDraft("Türkiye " + UUID.randomUUID(), null, null),
				TestActors.admin());
		province = this.regions.create(new RegionDraft("Kocaeli", "41", country.id()), TestActors.admin());
		place = this.regions.create(new RegionDraft("Kartepe", null, province.id()), TestActors.admin());
		for (OrganizationStatus status : OrganizationStatus.values()) {
			OrganizationDetails created = this.organizations.create(
					TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(place.id()),
							"Kartepe Kadın Kooperatifi " + status.name().toLowerCase(java.util.Locale.ROOT)),
					status, TestActors.admin());
			shown.add(created.id());
		}
		SearchIndexed.await(this.searchIndex);
	}

	@Test
	void everyPageInEveryLanguageIsAccessibleAndShowsEachStatus() {
		signIn();
		String organization = "/organizations/" + shown.get(0);
		List<String> pages = List.of("/", "/organizations?region=" + place.id(), "/organizations/new", organization,
				organization + "/edit", organization + "/history", "/regions", "/regions/new",
				"/regions/" + place.id() + "/edit", "/admin/users", "/admin/users/new", "/account/password",
				"/organizations/" + UUID.randomUUID(), "/organizations/figures?region=" + place.id(), "/duplicates",
				"/register/stale", "/register/corrections");
		for (Language language : Language.values()) {
			for (String page : pages) {
				open(page, language);
				assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.code());
				assertThat(browser.findElement(By.tagName("html")).getAttribute("dir"))
					.isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
				statusesAreReadable(page, language);
				// axe on every page in English and right to left in Persian; the other
				// languages share their markup, so on the register's pages
				if (language == Language.EN || language == Language.FA || page.startsWith("/organizations")) {
					Chromium.check(browser, language.code() + page.replaceAll("[^A-Za-z0-9]+", "-"));
				}
			}
			open("/organizations?region=" + place.id(), language);
			assertThat(browser.findElements(By.cssSelector("#results .badge[class*='status-']")))
				.as("each status in %s", language)
				.hasSize(OrganizationStatus.values().length);
		}
		// the region tree opens a level at a time, in place
		open("/regions", Language.EN);
		assertThat(browser.findElements(By.id("region-" + place.id()))).isEmpty();
		Chromium.click(browser, By.cssSelector("#region-" + province.id() + " .open-region"));
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("region-" + place.id())));
		assertThat(browser.findElements(By.cssSelector("#region-" + province.id() + " .open-region"))).isEmpty();
		Chromium.check(browser, "en-regions-opened");
		// a user's own page, reached from the list
		open("/admin/users", Language.FA);
		Chromium.click(browser, By.cssSelector("a[href*='/admin/users/'][href$='/edit']"));
		Chromium.check(browser, "fa-admin-user");
	}

	@Test
	void signedOutPagesAreAccessibleInEveryLanguage() {
		browser.manage().deleteAllCookies();
		for (Language language : Language.values()) {
			for (String page : List.of("/login", "/password/forgot", "/password/reset?token=expired", "/directory",
					"/directory?q=Kartepe+Kad%C4%B1n+Kooperatifi", "/directory/" + shown.get(0), "/figures")) {
				open(page, language);
				statusesAreReadable(page, language);
				Chromium.check(browser, "signed-out-" + language.code() + page.replaceAll("[^A-Za-z0-9]+", "-"));
			}
			// the figures are drawn as charts from their tables
			open("/figures", language);
			assertThat(((JavascriptExecutor) browser).executeScript(
					"var c = document.querySelector('canvas.figures-chart'); return c != null && Chart.getChart(c) != null"))
				.as("a chart drawn in %s", language)
				.isEqualTo(true);
			// anyone finds the listed ones in the directory, in their language
			open("/directory?region=" + place.id(), language);
			assertThat(browser.findElements(By.cssSelector("#results .badge[class*='status-']")))
				.as("the listed organizations in %s", language)
				.hasSize(OrganizationStatus.values().length - 1);
		}
	}

	@Test
	void anOrganizationsOwnLinkAndThePublicSuggestionAreAccessibleInEveryLanguage() {
		browser.manage().deleteAllCookies();
		for (Language language : Language.values()) {
			String url = this.corrections.issueLink(shown.get(0), TestActors.admin()).url();
			open(url.substring(url.indexOf("/entry/")), language);
			assertThat(browser.findElement(By.id("confirm-entry")).isDisplayed()).isTrue();
			Chromium.check(browser, "signed-out-" + language.code() + "-entry");
			// a correction with a bad e-mail is named next to its field
			WebElement email = browser.findElement(By.id("email"));
			email.clear();
			email.sendKeys("not an address");
			Chromium.click(browser, By.id("propose-entry"));
			new WebDriverWait(browser, Duration.ofSeconds(5))
				.until(ExpectedConditions.presenceOfElementLocated(By.id("email-error")));
			Chromium.check(browser, "signed-out-" + language.code() + "-entry-error");
			Chromium.click(browser, By.id("confirm-entry"));
			new WebDriverWait(browser, Duration.ofSeconds(5))
				.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
			Chromium.check(browser, "signed-out-" + language.code() + "-entry-done");
		}
	}

	@Test
	void theMapShowsTheListedRegisterWithNoTileServerInEveryLanguage() {
		browser.manage().deleteAllCookies();
		for (Language language : Language.values()) {
			open("/map", language);
			WebElement map = mapDrawn();
			assertThat(Long.parseLong(map.getAttribute("data-total"))).as("organizations on the map in %s", language)
				.isPositive();
			assertThat(browser.findElements(By.cssSelector("#map .leaflet-marker-icon"))).isNotEmpty();
			// no tile server answers here: the countries' outlines are drawn instead
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
				.numberOfElementsToBeMoreThan(By.cssSelector("#map .leaflet-overlay-pane path"), 100));
			assertThat(browser.findElement(By.id("map-status")).getText()).isNotBlank();
			// the view is kept in the address, so a shared link opens the same map
			assertThat(browser.getCurrentUrl()).contains("lat=").contains("z=");
			Chromium.check(browser, "signed-out-" + language.code() + "-map");
		}
		// Kartepe close up with a filter from the URL: the points themselves, coloured by
		// kind,
		// each opening a popup that links to its profile
		open("/map?kind=COOPERATIVE&status=ACTIVE&region=" + place.id() + "&lat=40.7536&lon=30.0233&z=15", Language.EN);
		WebElement map = mapDrawn();
		assertThat(map.getAttribute("data-mode")).isEqualTo("points");
		List<WebElement> points = browser.findElements(By.cssSelector("#map .map-point"));
		assertThat(points).isNotEmpty()
			.allSatisfy((point) -> assertThat(point.getAttribute("class")).contains("kind-COOPERATIVE"));
		assertThat(browser.findElement(By.id("kind")).getAttribute("value")).isEqualTo("COOPERATIVE");
		Chromium.click(browser, By.cssSelector("#map .map-point"));
		WebElement link = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content a[href*='/directory/']")));
		assertThat(link.getText()).isNotBlank();
		// the popup fades in: its colours are checked once it has
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((driver) -> "1".equals(((JavascriptExecutor) driver)
			.executeScript("return getComputedStyle(document.querySelector('.leaflet-popup')).opacity")));
		assertThat(browser.findElements(By.cssSelector("#map-points a[href*='/directory/']"))).isNotEmpty();
		Chromium.check(browser, "signed-out-en-map-points");
	}

	/** The map once its first answer is drawn. */
	private static WebElement mapDrawn() {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> {
			WebElement map = driver.findElement(By.id("map"));
			return (map.getAttribute("data-total") != null) ? map : null;
		});
	}

	@Test
	void onAPhoneTheRegisterReadsAsCards() {
		signIn();
		try {
			// a phone's screen, as Chromium's device emulation gives it (a headless
			// window
			// is never narrower than 500 px)
			((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
			for (Language language : List.of(Language.EN, Language.FA, Language.TR)) {
				open("/organizations?q=Kartepe+Kad%C4%B1n+Kooperatifi&sort=name", language);
				JavascriptExecutor js = (JavascriptExecutor) browser;
				assertThat((Long) js.executeScript("return window.innerWidth")).isEqualTo(390);
				assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
					.as("no sideways scrolling in %s", language)
					.isLessThanOrEqualTo((Long) js.executeScript("return window.innerWidth"));
				WebElement filters = browser.findElement(By.id("filters"));
				assertThat(filters.isDisplayed()).as("the filters fold away").isFalse();
				List<WebElement> rows = browser.findElements(By.cssSelector("#results tr.organization-row"));
				assertThat(rows).isNotEmpty();
				WebElement first = rows.get(0);
				assertThat(first.findElement(By.cssSelector(".badge[class*='status-']")).isDisplayed()).isTrue();
				assertThat(first.findElement(By.tagName("bdi")).isDisplayed()).as("the region shows").isTrue();
				statusesAreReadable("phone", language);
				Chromium.check(browser, "phone-" + language.code() + "-organizations");
				for (String page : List.of("/regions", "/organizations/" + shown.get(0), "/organizations/new")) {
					open(page, language);
					assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
						.as("no sideways scrolling on %s in %s", page, language)
						.isLessThanOrEqualTo((Long) js.executeScript("return window.innerWidth"));
				}
				open("/organizations?q=Kartepe+Kad%C4%B1n+Kooperatifi&sort=name", language);
				filters = browser.findElement(By.id("filters"));
				browser.findElement(By.id("filters-toggle")).click();
				new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(filters));
				Chromium.check(browser, "phone-" + language.code() + "-filters");
			}
		}
		finally {
			((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** Each status badge on the page has its colour and is readable on it (4.5:1). */
	private static void statusesAreReadable(String page, Language language) {
		for (WebElement badge : browser.findElements(By.cssSelector(".badge[class*='status-']"))) {
			Object contrast = ((JavascriptExecutor) browser).executeScript(
					"""
							const style = getComputedStyle(arguments[0]);
							const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
							const [br, bg, bb, ba] = rgb(style.backgroundColor);
							if (ba === 0) { return 0; }
							const lum = ([r, g, b]) => {
								const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
								return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
							};
							const a = lum(rgb(style.color)), b = lum([br, bg, bb]);
							return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
							""",
					badge);
			assertThat(((Number) contrast).doubleValue())
				.as("status %s on %s in %s (class %s)", badge.getText(), page, language, badge.getAttribute("class"))
				.isGreaterThanOrEqualTo(4.5);
			assertThat(badge.getAttribute("class")).doesNotContain("ı");
		}
	}

	private void signIn() {
		open("/login", Language.EN);
		if (browser.findElements(By.id("username")).isEmpty()) {
			return;
		}
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-test-password");
		browser.findElement(By.id("sign-in-submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/organizations"));
	}

	private void open(String page, Language language) {
		browser
			.get("http://localhost:" + this.port + page + (page.contains("?") ? "&" : "?") + "lang=" + language.code());
	}

}
