package org.ortak.projects;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.Chromium;
import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.events.EventDraft;
import org.ortak.events.Events;
import org.ortak.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Azerbaijani project's coordinator in a real browser, in Azerbaijani: she opens the
 * project, records at the door that a woman came to its first seminar, and sees "women
 * candidates trained" move; then the project in Persian on a phone. Every page is checked
 * with axe-core.
 */
@OrtakTest
class ProjectBrowserTests {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	Events events;

	@Autowired
	MockMvc mvc;

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

	@Test
	void theCoordinatorRecordsAttendanceAndSeesWomenTrainedMove() throws Exception {
		ProjectSummary found = this.projects.search("Regionlarda qadın", null, null, 0, 1, Actor.ANONYMOUS)
			.items()
			.get(0);
		// the project's coordinator: an account of her own, named among its coordinators
		String leyla = "leyla-" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.with(TestActors.signedIn(TestActors.admin()))
				.param("username", leyla)
				.param("displayName", "Leyla Məmmədova")
				.param("email", leyla + "@example.org")
				.param("password", "masalli-astara-2024")
				.param("roles", "COORDINATOR")
				.param("enabled", "true"))
			.andExpect(status().is3xxRedirection());
		ProjectView project = this.projects.get(found.id(), TestActors.admin());
		ProjectForm form = ProjectForm.of(project);
		List<String> coordinators = new ArrayList<>(form.coordinators());
		coordinators.add(leyla);
		this.projects.update(project.id(),
				new ProjectForm(form.code(), form.titles(), form.description(), form.objectives(), form.status(),
						form.startsOn(), form.endsOn(), form.implementerId(), form.funding(), form.planItemId(),
						form.networkId(), form.partners(), form.regions(), form.groups(), form.events(), coordinators,
						form.version())
					.draft(),
				project.version(), TestActors.admin());

		// and among the coordinators of its first seminar, whose door she keeps
		UUID seminar = project.activities().get(0).id();
		EventDraft event = this.events.draftOf(seminar, TestActors.admin());
		List<String> keepers = new ArrayList<>(event.coordinators());
		keepers.add(leyla);
		this.events.update(seminar,
				new EventDraft(event.kind(), event.titles(), event.descriptions(), event.start(), event.end(),
						event.timeZone(), event.venueId(), event.regionId(), event.visibility(), event.format(),
						event.meetingLink(), event.capacity(), event.registrationOpen(), event.seriesId(),
						event.edition(), event.preparesId(), event.organizations(), keepers),
				this.events.get(seminar, TestActors.admin()).version(), TestActors.admin());

		Chromium.signIn(browser, url(""), "az", leyla, "masalli-astara-2024");
		browser.get(url("/projects/" + project.id() + "?lang=az"));
		Chromium.check(browser, "az-project");
		assertThat(browser.findElement(By.id("activities-count")).getText()).contains("12");
		String before = womenTrained();

		// at the first seminar's door: a woman not registered comes in
		browser.get(url("/events/" + seminar + "/check-in?lang=az"));
		Chromium.check(browser, "az-check-in");
		browser.findElement(By.id("name")).sendKeys("Günay Həsənova");
		new Select(browser.findElement(By.id("gender"))).selectByValue("FEMALE");
		Chromium.click(browser, By.id("consent1"));
		Chromium.click(browser, By.id("walk-in-submit"));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> driver.findElement(By.id("attendance-counts")).getText().contains("1"));

		// the project counts her, and its result follows once the change is committed
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> {
			driver.get(url("/projects/" + project.id() + "?lang=az"));
			return !womenTrained().equals(before);
		});
		assertThat(womenTrained()).isEqualTo("1");
		assertThat(browser.findElement(By.id("participants-count")).getText()).isEqualTo("1");
		Chromium.check(browser, "az-project-after");

		// and in Persian, on a phone
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
		browser.get(url("/projects/" + project.id() + "?lang=fa"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.findElement(By.id("participants-count")).getText()).isEqualTo("۱");
		Chromium.check(browser, "fa-project-phone");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
	}

	/** The actual figure of "women candidates trained" on the project's page. */
	private static String womenTrained() {
		return browser.findElements(By.cssSelector("#project-results .target-row"))
			.stream()
			.filter((row) -> row.getText().contains("Maarifləndirilmiş"))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector(".target-actual span"))
			.getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
