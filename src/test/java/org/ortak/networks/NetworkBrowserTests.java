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
 * A coordinator founds a platform in Turkish in a real browser, names it, writes its road
 * map and adds a member; the network pages pass axe-core, in Persian too.
 */
@OrtakTest
class NetworkBrowserTests {

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
		browser.get(page + "?lang=fa");
		Chromium.check(browser, "fa-network");
	}

	private void signIn(String language) {
		Chromium.signIn(browser, url(""), language);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
