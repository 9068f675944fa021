package org.ortak.events;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.ortak.Chromium;
import org.ortak.OrtakTest;
import org.ortak.TestActors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event planned, registered for and followed in a real browser, in Turkish and
 * Persian: the coordinator's form, the public registration, the private link, the waiting
 * line moving up on a cancellation. Every page is checked with axe-core.
 */
@OrtakTest
class EventBrowserTests {

	private static WebDriver browser;

	private static WebDriverWait wait;

	@LocalServerPort
	int port;

	@Autowired
	Events events;

	@Autowired
	EventRepository eventRepository;

	@Autowired
	RegistrationRepository registrationRepository;

	@Autowired
	RegistrationLinks links;

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
	void aCoordinatorPlansTheWorkshopInTurkishAndTwoWomenRegisterForItsLastPlace() {
		signIn("tr");
		browser.get(url("/events/new?lang=tr"));
		Chromium.check(browser, "tr-event-form");
		new Select(browser.findElement(By.id("kind"))).selectByValue("WORKSHOP");
		browser.findElement(By.id("title-tr")).sendKeys("Kocaeli Kadın Kooperatifleri Çalıştayı");
		LocalDateTime start = LocalDateTime.now().plusMonths(2).withHour(9).withMinute(30);
		value("start", start.toLocalDate().toString());
		value("end", start.toLocalDate().toString());
		value("startTime", "09:30");
		value("endTime", "17:00");
		new Select(browser.findElement(By.id("timeZone"))).selectByValue("Europe/Istanbul");
		browser.findElement(By.id("capacity")).sendKeys("1");
		Chromium.click(browser, By.id("save-event"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-title")));
		assertThat(browser.findElement(By.id("event-title")).getText())
			.isEqualTo("Kocaeli Kadın Kooperatifleri Çalıştayı");
		assertThat(browser.findElement(By.id("event-when")).getText()).contains("09:30");
		String eventUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");
		Chromium.check(browser, "tr-event-page-coordinator");

		// a visitor, signed out, registers without agreeing first: told so, what she
		// typed kept
		browser.manage().deleteAllCookies();
		browser.get(eventUrl + "?lang=tr");
		fill("Ayşe Demir", "ayse.demir@example.org");
		Chromium.awaitFormStamp(browser);
		Chromium.click(browser, By.id("register-submit"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consent-error")));
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Ayşe Demir");
		Chromium.check(browser, "tr-registration-without-consent");
		Chromium.click(browser, By.id("consent1"));
		Chromium.awaitFormStamp(browser);
		Chromium.click(browser, By.id("register-submit"));
		wait.until(ExpectedConditions.urlContains("/registered"));
		Chromium.check(browser, "tr-registered");
		String eventId = eventUrl.substring(eventUrl.lastIndexOf('/') + 1);
		// the link the confirmation mail carries
		String first = url(EventTestLinks.privateLink(this.eventRepository, this.registrationRepository, this.links,
				eventId, "ayse.demir@example.org"));
		browser.get(first + "?lang=tr");
		assertThat(browser.findElement(By.id("own-status")).getAttribute("class")).contains("alert-success");
		Chromium.check(browser, "tr-own-registration");

		// the second takes the waiting line
		browser.manage().deleteAllCookies();
		browser.get(eventUrl + "?lang=tr");
		assertThat(browser.findElements(By.id("waiting-note"))).hasSize(1);
		fill("Fatma Yıldız", "fatma.yildiz@example.org");
		Chromium.click(browser, By.id("consent1"));
		Chromium.awaitFormStamp(browser);
		Chromium.click(browser, By.id("register-submit"));
		wait.until(ExpectedConditions.urlContains("/registered"));
		String second = url(EventTestLinks.privateLink(this.eventRepository, this.registrationRepository, this.links,
				eventId, "fatma.yildiz@example.org"));
		browser.get(second + "?lang=tr");
		assertThat(browser.findElement(By.id("own-status")).getAttribute("class")).contains("alert-warning");

		// the first cancels through her link: the place goes to the second
		browser.get(first + "?lang=tr");
		((JavascriptExecutor) browser).executeScript("window.confirm = function () { return true; }");
		Chromium.click(browser, By.id("own-cancel"));
		wait.until(ExpectedConditions.attributeContains(By.id("own-status"), "class", "alert-secondary"));
		browser.get(second + "?lang=fa");
		assertThat(browser.findElement(By.id("own-status")).getAttribute("class")).contains("alert-success");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		Chromium.check(browser, "fa-own-registration-promoted");

		// the coordinator sees who registered; nobody else does
		signIn("tr");
		browser.get(eventUrl + "/registrations?lang=tr");
		assertThat(browser.findElements(By.cssSelector("#registrations .registration-row"))).hasSize(2);
		Chromium.check(browser, "tr-event-registrations");

		// on the day: found by name as the coordinator types, checked in with one button
		browser.get(eventUrl + "/check-in?lang=tr");
		Chromium.check(browser, "tr-check-in");
		browser.findElement(By.id("q")).sendKeys("fatma");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#found .check-in-row"), 1));
		Chromium.click(browser, By.cssSelector("#found .check-in-button"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendance-counts"), "1"));
		assertThat(browser.findElement(By.cssSelector("#found .check-in-button")).getAttribute("class"))
			.contains("btn-outline-secondary");
		browser.findElement(By.id("q")).clear();
		browser.findElement(By.id("q")).sendKeys("Hiç Kayıtsız");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-registered")));
		Chromium.check(browser, "tr-check-in-not-registered");
	}

	@Test
	void theCalendarAndASeriesAreAccessibleInEveryLanguageAndOnAPhone() {
		SeriesView series = this.events.createSeries("Özel Sektör – STK İşbirliği Çalıştayları", null,
				TestActors.admin());
		LocalDateTime start = LocalDateTime.now().plusMonths(3).withHour(10).withMinute(0);
		this.events.create(EventScenarios.withSeries(EventScenarios.workshop(30, start), series.id(), null),
				TestActors.admin());
		for (String language : List.of("en", "tr", "az", "fa", "pl")) {
			browser.get(url("/events?lang=" + language));
			Chromium.check(browser, language + "-events");
			browser.get(url("/series/" + series.id() + "?lang=" + language));
			assertThat(browser.findElements(By.cssSelector("#editions .edition-row"))).hasSize(1);
			Chromium.check(browser, language + "-series");
		}
		// the stories' workshop and its news, as the public reads them
		EventSummary kocaeli = this.events
			.search(new EventQuery("kocaeli kadin kooperatifleri calistayi", null, null, null, null,
					java.time.LocalDate.of(2025, 11, 4), java.time.LocalDate.of(2025, 11, 4), true, 0, 5),
					org.ortak.shared.security.Actor.ANONYMOUS)
			.items()
			.get(0);
		for (String language : List.of("tr", "fa")) {
			browser.get(url("/events/" + kocaeli.id() + "?lang=" + language));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#news-about .news-item a")));
			Chromium.check(browser, language + "-demo-workshop");
		}
		Chromium.click(browser, By.cssSelector("#news-about .news-item a"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("post-body")));
		Chromium.check(browser, "fa-demo-news-post");
		browser.get(url("/news?lang=az"));
		Chromium.check(browser, "az-news");
		browser.get(url("/events?view=month&month=1404-08&lang=fa"));
		assertThat(browser.findElements(By.cssSelector("#month .month-event"))).isNotEmpty();
		Chromium.check(browser, "fa-events-month");
		browser.get(url("/events?view=month&month=2025-11&lang=pl"));
		Chromium.check(browser, "pl-events-month");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			browser.get(url("/events?lang=tr"));
			Long overflow = (Long) ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(overflow).isLessThanOrEqualTo(0L);
			Chromium.check(browser, "tr-events-phone");
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
		}
	}

	@Autowired
	ActionItems actions;

	@Autowired
	Agenda agenda;

	@Autowired
	org.ortak.organizations.Organizations organizations;

	@Autowired
	org.ortak.regions.Regions regions;

	@Test
	void aCoordinatorWritesTheAgendaInOrderRecordsOutcomesAndFollowsUpTheActions() {
		LocalDateTime start = LocalDateTime.now().plusMonths(1).withHour(9).withMinute(30);
		EventDetails event = this.events.create(EventScenarios.workshop(null, start), TestActors.admin());
		signIn("tr");
		browser.get(url("/events/" + event.id() + "/agenda?lang=tr"));
		Chromium.check(browser, "tr-agenda-form");
		browser.findElement(By.id("topics0.title")).sendKeys("Finansmana Erişim");
		browser.findElement(By.id("topics1.title")).sendKeys("Üretim Kapasitesi");
		// the second row moves up with its button: the order is what is saved
		Chromium.click(browser, By.cssSelector("#topic-rows li:nth-child(2) .row-up"));
		browser.findElement(By.id("sessions0.title")).sendKeys("Açılış");
		value("sessions0.start", "09:30");
		value("sessions0.end", "10:00");
		Chromium.click(browser, By.id("save-agenda"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("programme")));
		assertThat(browser.findElements(By.cssSelector("#topics .topic"))).extracting((row) -> row.getText())
			.containsExactly("Üretim Kapasitesi", "Finansmana Erişim");
		assertThat(browser.findElement(By.cssSelector("#sessions .session")).getText()).contains("09:30", "Açılış");
		Chromium.check(browser, "tr-event-programme");

		browser.get(url("/events/" + event.id() + "/outcomes?lang=tr"));
		Chromium.check(browser, "tr-outcomes-form");
		browser.findElement(By.id("outcomes1.recommendations"))
			.sendKeys("Kooperatiflere özel kredi rehberi\nKadın kooperatifleri fonu");
		Chromium.click(browser, By.id("save-outcomes"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcomes")));
		assertThat(browser.findElements(By.cssSelector("#outcomes .recommendations li"))).hasSize(2);

		org.ortak.regions.RegionView region = org.ortak.organizations.TestCountries.regionIn(this.regions, "TR");
		org.ortak.organizations.OrganizationDetails owner = this.organizations.create(
				org.ortak.organizations.TestOrganizations.kartepeWomensCooperative(region.id()),
				org.ortak.organizations.OrganizationStatus.ACTIVE, TestActors.admin());
		this.actions.create(event.id(), new ActionDraft("Kredi rehberini hazırla", null, null, owner.id(),
				java.time.LocalDate.now().minusDays(2), null, null), TestActors.admin());
		browser.get(url("/events/" + event.id() + "/actions?lang=tr"));
		Chromium.check(browser, "tr-event-actions");
		// an action item without an owner is named, not saved
		browser.findElement(By.id("title")).sendKeys("Sahipsiz iş");
		Chromium.click(browser, By.id("add-action"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ownerOrganizationId-error")));
		Chromium.check(browser, "tr-event-actions-error");
		browser.get(url("/follow-up?lang=tr"));
		assertThat(browser.findElements(By.cssSelector("#action-items .overdue"))).isNotEmpty();
		Chromium.check(browser, "tr-follow-up");
		browser.get(url("/follow-up?lang=fa"));
		Chromium.check(browser, "fa-follow-up");
	}

	@Test
	void peoplePagesAreAccessibleAndHideNothingFromTheirKeepers() {
		signIn("tr");
		browser.get(url("/people/new?lang=tr"));
		Chromium.check(browser, "tr-person-form");
		browser.findElement(By.id("name")).sendKeys("Zehra Kılıç");
		browser.findElement(By.id("email")).sendKeys("zehra.kilic@example.org");
		browser.findElement(By.id("affiliations0.organizationName")).sendKeys("Kocaeli Kent Konseyi Kadın Meclisi");
		browser.findElement(By.id("affiliations0.function")).sendKeys("Başkan");
		Chromium.click(browser, By.id("save-person"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-name")));
		assertThat(browser.findElement(By.id("person-email")).getText()).isEqualTo("zehra.kilic@example.org");
		Chromium.check(browser, "tr-person");
		browser.get(url("/people?lang=fa"));
		Chromium.check(browser, "fa-people");
	}

	@Autowired
	Invitations invitations;

	@Autowired
	InvitationRepository invitationRepository;

	@Autowired
	org.ortak.people.People people;

	@Test
	void aCoordinatorUploadsAPhotoInPersianAndAnInvitedOrganizationsPersonRegistersInPolish() throws Exception {
		EventDetails workshop = this.events.create(EventScenarios.workshop(null, EventScenarios.nextYear()),
				TestActors.admin());
		signIn("fa");
		browser.get(url("/events/" + workshop.id() + "/photos?lang=fa"));
		Chromium.check(browser, "fa-photos-empty");
		java.nio.file.Path photo = java.nio.file.Files.createTempFile("IMG_", ".jpg");
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(900, 600,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		javax.imageio.ImageIO.write(image, "jpg", photo.toFile());
		browser.findElement(By.id("file")).sendKeys(photo.toString());
		browser.findElement(By.id("alt")).sendKeys("اعضای تعاونی محصولاتشان را معرفی می‌کنند");
		Chromium.click(browser, By.id("upload-photo"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gallery .photo img")));
		assertThat(browser.findElement(By.cssSelector("#gallery .photo img")).getAttribute("alt"))
			.isEqualTo("اعضای تعاونی محصولاتشان را معرفی می‌کنند");
		Chromium.check(browser, "fa-photos");
		java.nio.file.Files.delete(photo);

		EventDraft plan = EventScenarios.workshop(20, EventScenarios.nextYear());
		EventDetails meeting = this.events.create(
				new EventDraft(EventKind.THEMATIC_GROUP_MEETING,
						java.util.Map.of("pl", "II spotkanie grupy tematycznej"), java.util.Map.of(), plan.start(),
						plan.end(), java.time.ZoneId.of("Europe/Warsaw"), null, null, Visibility.INTERNAL,
						EventFormat.IN_PERSON, null, 20, true, null, null, null, List.of(), List.of()),
				TestActors.admin());
		org.ortak.regions.RegionView poland = org.ortak.organizations.TestCountries.regionIn(this.regions, "PL");
		org.ortak.organizations.OrganizationDetails cis = this.organizations.create(
				new org.ortak.organizations.OrganizationDraft("CIS Skarżysko-Kamienna " + java.util.UUID.randomUUID(),
						null, org.ortak.organizations.OrganizationKind.REINTEGRATION_ENTITY, null, null, null,
						java.util.Map.of(), null, poland.id(), null, null, null, java.util.Set.of(), null, null, null,
						null, null, List.of(), null, null, "cis@example.org", null),
				org.ortak.organizations.OrganizationStatus.ACTIVE, TestActors.admin());
		this.invitations.invite(meeting.id(), List.of(), List.of(cis.id()), "pl", TestActors.admin());
		browser.get(url("/events/" + meeting.id() + "/invitations?lang=tr"));
		assertThat(browser.findElements(By.cssSelector("#invitations .invitation"))).hasSize(1);
		Chromium.check(browser, "tr-invitations");

		Invitation invitation = this.invitationRepository.findAll()
			.stream()
			.filter((i) -> cis.id().equals(i.organizationId()))
			.findFirst()
			.orElseThrow();
		browser.manage().deleteAllCookies();
		browser.get(url("/i/" + this.links.token(invitation) + "?lang=pl"));
		assertThat(browser.findElement(By.id("invited-organization")).getText()).contains("CIS Skarżysko-Kamienna");
		Chromium.check(browser, "pl-invitation");
		browser.findElement(By.id("name")).sendKeys("Ewa Wiśniewska");
		browser.findElement(By.id("email")).sendKeys("ewa@cis.example.org");
		Chromium.click(browser, By.id("consent1"));
		Chromium.click(browser, By.id("register-submit"));
		wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("registered")),
				ExpectedConditions.presenceOfElementLocated(By.id("own-qr"))));
		Chromium.check(browser, "pl-invitation-registered");
	}

	private static void fill(String name, String email) {
		browser.findElement(By.id("name")).sendKeys(name);
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("organizationName")).sendKeys("Kartepe Kadın Kooperatifi");
		Chromium.click(browser, By.id("needs1"));
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
