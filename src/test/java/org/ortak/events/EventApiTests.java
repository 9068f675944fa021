package org.ortak.events;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.LinkSigner;
import org.ortak.shared.security.Role;
import org.ortak.shared.web.FormStamps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events, registrations and people through the API and the public pages, as clients and
 * visitors see them: problems in the reader's language naming the field, personal data
 * for no one who may not see it, calendars any calendar program reads.
 */
@OrtakTest
class EventApiTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	LinkSigner signer;

	@Autowired
	EventRepository eventRepository;

	@Autowired
	RegistrationRepository registrationRepository;

	@Autowired
	RegistrationLinks links;

	private static final String WORKSHOP = """
			{"kind": "WORKSHOP",
			 "titles": {"tr": "Kadın Kooperatifleri Çalıştayı", "en": "Women's Cooperatives Workshop"},
			 "descriptions": {"tr": "Üretim kapasitesi, finansal dayanıklılık, üye katılımı, sosyal etki"},
			 "start": "%s", "end": "%s", "timeZone": "Europe/Istanbul", "capacity": %s}""";

	private String plan(String visibility, Integer capacity) throws Exception {
		LocalDateTime start = LocalDateTime.now().plusYears(1).withHour(9).withMinute(30).withSecond(0).withNano(0);
		String body = WORKSHOP.formatted(start, start.plusHours(7).plusMinutes(30), capacity);
		if (visibility != null) {
			body = body.replace("\"kind\"", "\"visibility\": \"" + visibility + "\", \"kind\"");
		}
		String created = this.mvc
			.perform(post("/api/v1/events").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.start").value(containsString("09:30")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the language it was written in first comes first
		Map<String, String> titles = JsonPath.read(created, "$.titles");
		assertThat(titles.keySet()).first().isEqualTo("tr");
		return JsonPath.read(created, "$.id");
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A stamp of a form shown ten seconds ago, as a person's browser would send. */
	private String stamp() {
		return new FormStamps(this.signer, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-10)),
				Duration.ofSeconds(1))
			.issue();
	}

	@Test
	void aPublicEventIsReadByAnyoneAndAnInternalOneByNoStranger() throws Exception {
		String open = plan(null, 40);
		String internal = plan("INTERNAL", null);
		this.mvc.perform(get("/api/v1/events/" + open).header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Kadın Kooperatifleri Çalıştayı"))
			.andExpect(jsonPath("$.placesLeft").value(40))
			// who coordinates it is for those who keep it
			.andExpect(jsonPath("$.coordinators").doesNotExist());
		this.mvc.perform(get("/api/v1/events/" + open).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.title").value("Women's Cooperatives Workshop"));
		// no Polish title: the one it was written in
		this.mvc.perform(get("/api/v1/events/" + open).header("Accept-Language", "pl"))
			.andExpect(jsonPath("$.title").value("Kadın Kooperatifleri Çalıştayı"));
		this.mvc.perform(get("/api/v1/events/" + internal)).andExpect(status().isNotFound());
		this.mvc.perform(get("/events/" + internal)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/events").param("q", "kadin kooperatifleri calistayi").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem(open)))
			.andExpect(jsonPath("$.items[?(@.id == '" + internal + "')]").isEmpty());
		this.mvc
			.perform(get("/api/v1/events").param("q", "kadin")
				.param("size", "100")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(internal)));
	}

	@Test
	void badPlansAreProblemsNamingEachField() throws Exception {
		this.mvc
			.perform(post("/api/v1/events").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header("Accept-Language", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "WORKSHOP", "titles": {"tr": "Çalıştay"}, "start": "2027-11-04T17:00",
						 "end": "2027-11-04T09:00", "timeZone": "Europe/Istanbul", "capacity": 0,
						 "meetingLink": "javascript:alert(1)"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("end")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("capacity")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("meetingLink")));
		this.mvc
			.perform(post("/api/v1/events").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "WORKSHOP", "titles": {"tr": "Çalıştay"}, "start": "2027-11-04T09:00",
						 "end": "2027-11-04T17:00", "timeZone": "Mars/Olympus"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("timeZone"));
		// planning needs a token
		this.mvc.perform(post("/api/v1/events").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void registrantsAreForTheEventsCoordinatorsAloneAndTheirDataCanBeExportedAndErased() throws Exception {
		String event = plan(null, 2);
		String registered = this.mvc
			.perform(post("/api/v1/events/" + event + "/registrations").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Nagehan Çelik", "gender": "FEMALE", "email": "nagehan@example.org",
						 "organizationName": "Kartepe Kadın Kooperatifi", "function": "Başkan", "consent": true}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(registered, "$.token");
		this.mvc
			.perform(post("/api/v1/events/" + event + "/registrations").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header("Accept-Language", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Nagehan Çelik\", \"email\": \"NAGEHAN@example.org\", \"consent\": true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		this.mvc
			.perform(post("/api/v1/events/" + event + "/registrations").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Zeynep Kaya\", \"email\": \"zeynep@example.org\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consent"));

		// anonymous visitors and other registrants see nobody; another coordinator
		// neither
		this.mvc.perform(get("/api/v1/events/" + event + "/registrations")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/events/" + event + "/registrations"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
		this.mvc.perform(get("/r/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nagehan Çelik")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("nagehan@example.org"))));
		Actor another = new Actor("another-coordinator", java.util.Set.of(Role.COORDINATOR), java.util.Set.of());
		this.mvc.perform(get("/events/" + event + "/registrations").with(TestActors.signedIn(another)))
			.andExpect(status().isForbidden());
		String list = this.mvc
			.perform(get("/api/v1/events/" + event + "/registrations").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].email").value("nagehan@example.org"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String person = JsonPath.read(list, "$.items[0].personId");
		this.mvc.perform(get("/api/v1/people/" + person)).andExpect(status().isUnauthorized());
		MvcResult csv = this.mvc
			.perform(get("/events/" + event + "/registrations.csv").with(TestActors.signedIn(TestActors.admin()))
				.header("Accept-Language", "tr"))
			.andExpect(request().asyncStarted())
			.andReturn();
		this.mvc.perform(asyncDispatch(csv))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ad")))
			.andExpect(content().string(containsString("nagehan@example.org")))
			.andExpect(content().string(containsString("Kesin kayıt")));

		this.mvc.perform(get("/api/v1/people/" + person + "/export").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.email").value("nagehan@example.org"))
			.andExpect(jsonPath("$.person.consents[0].purpose").value("EVENT_REGISTRATION"))
			.andExpect(jsonPath("$.registrations[0].function").value("Başkan"));
		this.mvc.perform(post("/api/v1/people/" + person + "/erase").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.erased").value(true))
			.andExpect(jsonPath("$.name").doesNotExist())
			.andExpect(jsonPath("$.gender").value("FEMALE"));
		// the count stays; the name and address are gone
		this.mvc.perform(get("/api/v1/events/" + event)).andExpect(jsonPath("$.confirmed").value(1));
		this.mvc
			.perform(get("/api/v1/events/" + event + "/registrations").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.items[0].email").doesNotExist())
			.andExpect(jsonPath("$.items[0].status").value("CONFIRMED"));
	}

	@Test
	void aVisitorRegistersOnThePageAndCancelsThroughTheirLinkAndTheWaitingLineMovesUp() throws Exception {
		String event = plan(null, 1);
		String first = registerOnPage(event, "Ayşe Demir", "ayse.demir@example.org", "198.51.100.21");
		String second = registerOnPage(event, "Fatma Yıldız", "fatma.yildiz@example.org", "198.51.100.22");
		this.mvc.perform(get(first).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("You have a place.")));
		this.mvc.perform(get(second).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("number 1 on the waiting list")));
		this.mvc.perform(post(first + "/cancel").with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(second).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("You have a place.")));
		this.mvc.perform(get(first).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("This registration is cancelled.")));
		// the cancelled registrant's calendar file takes the event away from their
		// calendar
		this.mvc.perform(get(first + "/event.ics"))
			.andExpect(content().string(containsString("STATUS:CANCELLED")))
			.andExpect(content().string(containsString("SEQUENCE:")));
		// a link nobody was given
		this.mvc.perform(get("/r/not-a-token")).andExpect(status().isNotFound());
	}

	private String registerOnPage(String event, String name, String email, String address) throws Exception {
		for (int i = 0; i < 2; i++) {
			// the second time, the same answer: the page says nothing of who registered
			this.mvc
				.perform(post("/events/" + event + "/register").with(csrf())
					.with(from(address))
					.param("name", name)
					.param("email", email)
					.param("needs", "INTERPRETATION")
					.param("consent", "true")
					.param("stamp", stamp()))
				.andExpect(status().is3xxRedirection())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
					.redirectedUrl("/events/" + event + "/registered"));
		}
		return EventTestLinks.privateLink(this.eventRepository, this.registrationRepository, this.links, event, email);
	}

	@Test
	void robotsAndHastyFormsAreTurnedAwayWithoutAThirdPartyService() throws Exception {
		String event = plan(null, 10);
		// the trap: thanked and ignored
		this.mvc
			.perform(post("/events/" + event + "/register").with(csrf())
				.with(from("198.51.100.31"))
				.param("name", "Robot")
				.param("email", "robot@example.org")
				.param("consent", "true")
				.param("homepage", "http://spam.example")
				.param("stamp", stamp()))
			.andExpect(status().is3xxRedirection());
		// sent back at once, or with a stamp that is not Ortak's: shown again, kept
		for (String hasty : List.of(new FormStamps(this.signer, Clock.systemUTC(), Duration.ofSeconds(3)).issue(),
				"1700000000000.forged")) {
			this.mvc
				.perform(post("/events/" + event + "/register").with(csrf())
					.with(from("198.51.100.32"))
					.header("Accept-Language", "en")
					.param("name", "Hasty Hasan")
					.param("email", "hasty@example.org")
					.param("consent", "true")
					.param("stamp", hasty))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("sent back too quickly")))
				.andExpect(content().string(containsString("Hasty Hasan")));
		}
		// without consent: named, and what was typed stays
		this.mvc
			.perform(post("/events/" + event + "/register").with(csrf())
				.with(from("198.51.100.33"))
				.header("Accept-Language", "tr")
				.param("name", "Onaysız Ayşe")
				.param("email", "onaysiz@example.org")
				.param("stamp", stamp()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("consent-error")))
			.andExpect(content().string(containsString("Onaysız Ayşe")));
		this.mvc.perform(get("/api/v1/events/" + event)).andExpect(jsonPath("$.confirmed").value(0));
	}

	@Test
	void calendarsAreValidICalendarThatCalendarProgramsRead() throws Exception {
		String event = plan(null, null);
		byte[] single = this.mvc.perform(get("/events/" + event + "/event.ics").header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(single));
		calendar.validate();
		VEvent vevent = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(vevent.getSummary().getValue()).isEqualTo("Kadın Kooperatifleri Çalıştayı");
		assertThat(vevent.getDescription().getValue()).contains("finansal dayanıklılık");
		// 09:30 in Istanbul is 06:30 UTC
		assertThat(vevent.getDateTimeStart().getValue()).endsWith("T063000Z");

		MvcResult streaming = this.mvc.perform(get("/events/calendar.ics").param("q", "kadin kooperatifleri"))
			.andExpect(request().asyncStarted())
			.andReturn();
		String feed = this.mvc.perform(asyncDispatch(streaming))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Calendar all = new CalendarBuilder().build(new StringReader(feed));
		all.validate();
		List<String> uids = all.<VEvent>getComponents("VEVENT")
			.stream()
			.map((component) -> component.getUid().orElseThrow().getValue())
			.toList();
		assertThat(uids).contains(event + "@ortak");
		this.mvc.perform(get("/events/calendar.ics").param("kind", "WORKSHOP").param("from", "2027-13-45"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePagesOfTheCalendarAnswerInEveryLanguage() throws Exception {
		String event = plan(null, 40);
		for (String language : Map.of("en", "", "tr", "", "az", "", "fa", "", "pl", "").keySet()) {
			this.mvc.perform(get("/events").header("Accept-Language", language)).andExpect(status().isOk());
			this.mvc.perform(get("/events/" + event).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(
						// in the reader's language when it has one, else in the one it
						// was written in
						language.equals("en") ? "Women&#39;s Cooperatives Workshop"
								: "Kadın Kooperatifleri Çalıştayı")));
		}
		this.mvc.perform(get("/events").param("past", "true").param("q", "kadin")).andExpect(status().isOk());
		this.mvc.perform(get("/events/new")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/events/new").with(TestActors.signedIn(TestActors.admin()))).andExpect(status().isOk());
		this.mvc.perform(get("/events/" + event + "/edit").with(TestActors.signedIn(TestActors.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kadın Kooperatifleri Çalıştayı")));
		this.mvc
			.perform(delete("/api/v1/events/" + event + "/registrations/" + java.util.UUID.randomUUID())
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAgendaOutcomesAndActionsThroughTheApiAndTheirPages() throws Exception {
		String event = plan(null, null);
		String person = JsonPath.read(this.mvc
			.perform(post("/api/v1/people").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Gülşen Aydın", "gender": "FEMALE",
						 "affiliations": [{"organizationName": "Kocaeli Büyükşehir Belediyesi",
						                   "function": "Kadın ve Aile Hizmetleri Dairesi Başkanı"}]}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		Integer version = JsonPath.read(
				this.mvc.perform(get("/api/v1/events/" + event)).andReturn().getResponse().getContentAsString(),
				"$.version");
		String agenda = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/events/" + event + "/agenda")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": %d,
						 "topics": [{"title": "Üretim Kapasitesi"}, {"title": "Finansmana Erişim"}],
						 "sessions": [{"title": "Açılış konuşması", "speakers": ["%s"], "topic": 1}]}"""
					.formatted(version, person)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sessions[0].people[0].function").value("Kadın ve Aile Hizmetleri Dairesi Başkanı"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the programme is public with the event; the speakers' contact is not in it
		this.mvc.perform(get("/api/v1/events/" + event + "/agenda"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.topics[1].title").value("Finansmana Erişim"))
			.andExpect(jsonPath("$.sessions[0].people[0].name").value("Gülşen Aydın"));
		this.mvc.perform(get("/events/" + event).header("Accept-Language", "tr"))
			.andExpect(content().string(containsString("Açılış konuşması")))
			.andExpect(content().string(containsString("Gülşen Aydın")));
		String topic = JsonPath.read(agenda, "$.topics[1].id");
		Integer after = JsonPath.read(agenda, "$.version");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/events/" + event + "/agenda")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": %d, \"topics\": [], \"sessions\": []}".formatted(version)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/events/" + event + "/outcomes")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": %d, "outcomes": [{"topic": "%s", "findings": "Hibe dışı finansman zayıf",
						 "recommendations": ["Kredi rehberi", "<script>alert(1)</script>"]}]}""".formatted(after,
						topic)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.topics[1].recommendations[1]").value("<script>alert(1)</script>"));
		// stored as typed, shown as text
		this.mvc.perform(get("/events/" + event))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
		this.mvc
			.perform(post("/api/v1/events/" + event + "/actions").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header("Accept-Language", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Kredi rehberini hazırla\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerOrganizationId"));
		String action = JsonPath.read(this.mvc
			.perform(post("/api/v1/events/" + event + "/actions").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "Kredi rehberini hazırla", "topicId": "%s", "ownerPersonId": "%s",
						 "dueOn": "2020-01-31"}""".formatted(topic, person)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.overdue").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.mvc.perform(get("/api/v1/actions").param("event", event).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.items[0].id").value(action));
		this.mvc.perform(get("/api/v1/actions")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/follow-up").with(TestActors.signedIn(TestActors.manager())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/follow-up").with(TestActors.signedIn(TestActors.admin())).header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kredi rehberini hazırla")));
		this.mvc
			.perform(post("/api/v1/actions/" + action + "/status").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"DONE\"}"))
			.andExpect(jsonPath("$.overdue").value(false));

		// the agenda's page: a topic row without a title is named, what was typed kept
		this.mvc.perform(get("/events/" + event + "/agenda").with(TestActors.signedIn(TestActors.admin())))
			.andExpect(status().isOk())
			// the speaker picker shows who was chosen by name, not by id
			.andExpect(content().string(containsString("dir=\"auto\">Gülşen Aydın</option>")));
		this.mvc
			.perform(post("/events/" + event + "/agenda").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("version", String.valueOf((Integer) JsonPath.read(
						this.mvc.perform(get("/api/v1/events/" + event)).andReturn().getResponse().getContentAsString(),
						"$.version")))
				.param("topics[0].description", "Only a description")
				.param("sessions[0].title", "Kapanış"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Only a description")))
			.andExpect(content().string(containsString("This field is required.")));
		this.mvc.perform(get("/events/" + event + "/agenda")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theMonthCalendarFollowsTheReadersCalendar() throws Exception {
		// the stories' workshop, 4 November 2025: 13 Âbân 1404 for a Persian reader
		this.mvc
			.perform(get("/events").param("view", "month").param("month", "2025-11").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("November 2025")))
			.andExpect(content().string(containsString("Kocaeli Women&#39;s Cooperatives Workshop")));
		this.mvc
			.perform(get("/events").param("view", "month").param("month", "1404-08").header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("آبان")))
			.andExpect(content().string(containsString("Kocaeli Kadın Kooperatifleri Çalıştayı")))
			.andExpect(content().string(containsString("۱۳")));
		// a month that is not one is today's
		this.mvc.perform(get("/events").param("view", "month").param("month", "2025-13")).andExpect(status().isOk());
	}

}
