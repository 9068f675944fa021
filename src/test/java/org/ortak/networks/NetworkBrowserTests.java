package org.ortak.networks;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.ortak.Chromium;
import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.organizations.OrganizationDetails;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestCountries;
import org.ortak.organizations.TestOrganizations;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bursa platform run in Turkish in a real browser: a coordinator founds it, names it,
 * writes its road map, adds a member and logs its contribution, publishes a volunteering
 * opportunity at the member; a company's employee signs up and logs her hours through her
 * private link; the member's manager confirms them. The agreements' and the graph's pages
 * too; every page passes axe-core, in Persian as well.
 */
@OrtakTest
class NetworkBrowserTests {

	@org.junit.jupiter.api.extension.RegisterExtension
	static com.icegreen.greenmail.junit5.GreenMailExtension mail = new com.icegreen.greenmail.junit5.GreenMailExtension(
			new com.icegreen.greenmail.util.ServerSetup(39025, "127.0.0.1", "smtp"));

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	private static WebDriver browser;

	private static WebDriverWait wait;

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

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
	void aCoordinatorFoundsAPlatformInTurkishWithItsRoadMapAndAMember() {
		OrganizationDetails villaVerde = this.organizations.create(
				TestOrganizations.withName(
						TestOrganizations.kartepeWomensCooperative(TestCountries.regionIn(this.regions, "TR").id()),
						"Villa Verde Nilüfer " + java.util.UUID.randomUUID().toString().substring(0, 6)),
				OrganizationStatus.ACTIVE, TestActors.admin());
		signIn("tr");
		browser.get(url("/networks?lang=tr"));
		Chromium.check(browser, "tr-networks");
		browser.get(url("/networks/new?lang=tr"));
		Chromium.check(browser, "tr-network-form");
		new Select(browser.findElement(By.id("kind"))).selectByValue("PLATFORM");
		browser.findElement(By.id("name-tr")).sendKeys("Nilüfer Sosyal Sorumluluk Platformu");
		browser.findElement(By.id("purpose-tr")).sendKeys("Şirketler ve sivil toplum birlikte.");
		browser.findElement(By.id("milestones0.title")).sendKeys("İşleyiş modeli ve yol haritası");
		Chromium.click(browser, By.id("save-network"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("network-name")));
		assertThat(browser.findElement(By.id("network-name")).getText())
			.isEqualTo("Nilüfer Sosyal Sorumluluk Platformu");
		assertThat(browser.findElements(By.cssSelector("#road-map .milestone"))).hasSize(1);
		Chromium.check(browser, "tr-network");

		// a member, found in the organization picker as one types
		browser.findElement(By.id("organizationId-ts-control")).sendKeys(villaVerde.name().substring(0, 18));
		By option = By.cssSelector("#organizationId-ts-dropdown .option[data-value='" + villaVerde.id() + "']");
		wait.until(ExpectedConditions.elementToBeClickable(option));
		browser.findElement(option).click();
		new Select(browser.findElement(By.id("role"))).selectByValue("HOST");
		Chromium.click(browser, By.id("add-member"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#member-organizations .member")));
		assertThat(browser.findElement(By.cssSelector("#member-organizations .member")).getText())
			.contains(villaVerde.name());
		Chromium.check(browser, "tr-network-member");
		String page = browser.getCurrentUrl().replaceAll("[?#].*$", "");

		// its contribution: the room it gave, in Turkish lira
		browser.findElement(By.id("contributorId-ts-control")).sendKeys(villaVerde.name().substring(0, 18));
		By giver = By.cssSelector("#contributorId-ts-dropdown .option[data-value='" + villaVerde.id() + "']");
		wait.until(ExpectedConditions.elementToBeClickable(giver));
		browser.findElement(giver).click();
		new Select(browser.findElement(By.id("kind"))).selectByValue("MONEY");
		value("contributedOn", "2025-12-16");
		browser.findElement(By.id("amount")).sendKeys("15000,50");
		browser.findElement(By.id("currency")).sendKeys("TRY");
		browser.findElement(By.id("description")).sendKeys("Beşinci çalıştayın ikramı");
		Chromium.click(browser, By.id("record-contribution"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#contribution-lines .contribution")));
		assertThat(browser.findElement(By.cssSelector("#contribution-lines .contribution")).getText())
			.contains("Beşinci çalıştayın ikramı")
			.contains("TRY");
		Chromium.check(browser, "tr-network-contribution");
		browser.get(page + "?lang=fa");
		Chromium.check(browser, "fa-network");

		// an opportunity at the member, published from the platform's side
		browser.get(url("/volunteering/new?lang=tr"));
		Chromium.check(browser, "tr-opportunity-form");
		browser.findElement(By.id("title")).sendKeys("Villa Verde bahçe günü");
		browser.findElement(By.id("organizationId-ts-control")).sendKeys(villaVerde.name().substring(0, 18));
		By receiver = By.cssSelector("#organizationId-ts-dropdown .option[data-value='" + villaVerde.id() + "']");
		wait.until(ExpectedConditions.elementToBeClickable(receiver));
		browser.findElement(receiver).click();
		browser.findElement(By.id("wanted")).sendKeys("10");
		Chromium.click(browser, By.id("save-opportunity"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opportunity-title")));
		String opportunity = browser.getCurrentUrl().replaceAll("[?#].*$", "");
		Chromium.check(browser, "tr-opportunity");

		// an employee signs up without an account, and logs her hours through her link
		browser.manage().deleteAllCookies();
		browser.get(opportunity + "?lang=tr");
		String email = "elif-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		browser.findElement(By.id("name")).sendKeys("Elif Kaya");
		browser.findElement(By.id("email")).sendKeys(email);
		Chromium.click(browser, By.id("consent1"));
		Chromium.check(browser, "tr-opportunity-signup");
		Chromium.awaitFormStamp(browser);
		Chromium.click(browser, By.id("sign-up"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success, .alert-info")));
		String link = linkIn(email);
		browser.get(url(link) + "?lang=tr");
		Chromium.check(browser, "tr-volunteer-record");
		value("workedOn", java.time.LocalDate.now().minusDays(1).toString());
		browser.findElement(By.id("hours")).sendKeys("3,5");
		Chromium.click(browser, By.id("log-hours"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".own-hours")));
		assertThat(browser.findElement(By.cssSelector(".own-hours")).getText()).contains("3,5");

		// the member's manager confirms them
		String manager = "villa-" + java.util.UUID.randomUUID().toString().substring(0, 6);
		user(manager, villaVerde.id());
		Chromium.signIn(browser, url(""), "tr", manager, "villa-verde-2025");
		browser.get(opportunity + "?lang=tr");
		Chromium.check(browser, "tr-opportunity-volunteers");
		Chromium.click(browser, By.cssSelector(".confirm-hours"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hours-status.text-bg-success")));
		browser.get(url("/volunteering?lang=tr"));
		assertThat(browser.findElement(By.id("volunteer-totals")).getText()).contains(villaVerde.name());
		Chromium.check(browser, "tr-volunteering");
	}

	@Test
	void theAgreementsAndTheGraphReadInTurkishAndPersian() {
		signIn("tr");
		browser.get(url("/agreements?lang=tr"));
		Chromium.check(browser, "tr-agreements");
		Chromium.click(browser, By.cssSelector("#agreements .agreement-item a"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-title")));
		String agreement = browser.getCurrentUrl().replaceAll("[?#].*$", "");
		Chromium.check(browser, "tr-agreement");
		browser.get(agreement + "?lang=fa");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		Chromium.check(browser, "fa-agreement");
		browser.get(url("/agreements/new?lang=tr"));
		Chromium.check(browser, "tr-agreement-form");
		browser.get(url("/agreements/obligations?lang=fa"));
		Chromium.check(browser, "fa-obligations");
		browser.get(url("/graph?lang=tr"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
		assertThat(browser.findElements(By.cssSelector("#graph-hubs .graph-hub"))).isNotEmpty();
		Chromium.check(browser, "tr-graph");
		browser.get(url("/graph?lang=fa"));
		Chromium.check(browser, "fa-graph");
	}

	private String linkIn(String address) {
		jakarta.mail.internet.MimeMessage message = org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> java.util.Arrays.stream(mail.getReceivedMessages()).filter((m) -> {
				try {
					return m.getAllRecipients()[0].toString().equals(address);
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}).findFirst(), java.util.Optional::isPresent)
			.get();
		try {
			java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://[^/\\s]+(/v/[A-Za-z0-9_-]+)")
				.matcher((String) message.getContent());
			assertThat(link.find()).isTrue();
			return link.group(1);
		}
		catch (java.io.IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void user(String username, java.util.UUID organization) {
		try {
			this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/users/new")
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
						.csrf())
					.with(TestActors.signedIn(TestActors.admin()))
					.param("username", username)
					.param("displayName", "Özlem Şenkoyuncu")
					.param("email", username + "@example.org")
					.param("password", "villa-verde-2025")
					.param("roles", "ORG_MANAGER")
					.param("organizationIds", organization.toString())
					.param("enabled", "true"))
				.andExpect(
						org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void value(String id, String value) {
		Chromium.value(browser, id, value);
	}

	private void signIn(String language) {
		Chromium.signIn(browser, url(""), language);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
