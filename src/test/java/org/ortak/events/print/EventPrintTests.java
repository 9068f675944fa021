package org.ortak.events.print;

import java.time.LocalDateTime;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.shared.pdf.PdfText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event's PDFs as a reader program reads them back: a Persian workshop's programme,
 * attendance sheet, certificates and report hold its words in their order, and each is
 * only for who may see what it holds.
 */
@OrtakTest
class EventPrintTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	private static final Locale PERSIAN = Locale.forLanguageTag("fa");

	private static final String TITLE = "کارگاه تعاونی‌های زنان ماسالی";

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	private String event;

	private String cameToken;

	private String absentToken;

	@BeforeEach
	void aPersianWorkshopWithItsAgendaOutcomesActionsAndTwoRegistrants() throws Exception {
		LocalDateTime start = LocalDateTime.now().plusMonths(2).withHour(10).withMinute(0).withSecond(0).withNano(0);
		this.event = JsonPath.read(api(post("/api/v1/events"), """
				{"kind": "WORKSHOP", "titles": {"fa": "%s", "az": "Masallı qadın kooperativləri seminarı"},
				 "descriptions": {"fa": "آموزش مدیریت تعاونی برای ۴۰ زن در ماسالی و آستارا"},
				 "start": "%s", "end": "%s", "timeZone": "Asia/Baku", "capacity": 40}""".formatted(TITLE, start,
				start.plusHours(6)), 201), "$.id");
		String speaker = JsonPath.read(api(post("/api/v1/people"), """
				{"name": "Leyla Məmmədova", "gender": "FEMALE",
				 "affiliations": [{"organizationName": "Masallı Rayon İcra Hakimiyyəti", "function": "Müavin"}]}""",
				201), "$.id");
		int version = JsonPath.read(api(get("/api/v1/events/" + this.event), null, 200), "$.version");
		String agenda = api(put("/api/v1/events/" + this.event + "/agenda"), """
				{"version": %d, "topics": [{"title": "دسترسی به تامین مالی"}, {"title": "بازاریابی محصولات"}],
				 "sessions": [{"title": "سخنرانی افتتاحیه", "speakers": ["%s"], "topic": 1, "room": "Salon 2"}]}"""
			.formatted(version, speaker), 200);
		String topic = JsonPath.read(agenda, "$.topics[0].id");
		api(put("/api/v1/events/" + this.event + "/outcomes"), """
				{"version": %d, "outcomes": [{"topic": "%s", "findings": "وام‌های کوچک کم است",
				 "recommendations": ["صندوق ضمانت برای ۱۲ تعاونی"]}]}"""
			.formatted((int) JsonPath.read(agenda, "$.version"), topic), 200);
		api(post("/api/v1/events/" + this.event + "/actions"),
				"""
						{"title": "راهنمای اعتبار را آماده کنید", "topicId": "%s", "ownerPersonId": "%s", "dueOn": "2027-01-31"}"""
					.formatted(topic, speaker),
				201);
		String came = api(post("/api/v1/events/" + this.event + "/registrations"), """
				{"name": "زهرا احمدی", "gender": "FEMALE", "email": "zahra@example.org",
				 "organizationName": "Astara Qadın Kooperativi", "function": "Sədr", "consent": true}""", 201);
		this.cameToken = JsonPath.read(came, "$.token");
		this.absentToken = JsonPath.read(api(post("/api/v1/events/" + this.event + "/registrations"), """
				{"name": "Günel Əliyeva", "gender": "FEMALE", "email": "gunel@example.org", "consent": true}""", 201),
				"$.token");
		api(post("/api/v1/events/" + this.event + "/registrations/" + JsonPath.read(came, "$.id") + "/check-in"), "{}",
				200);
	}

	@Test
	void theProgrammeIsPublicWithThePublicEventAndReadsInPersian() throws Exception {
		PdfText pdf = pdf(get("/events/" + this.event + "/programme.pdf"));

		assertThat(pdf.text).contains(PdfText.folded(TITLE))
			.contains(PdfText.folded("آموزش مدیریت تعاونی برای ۴۰ زن"))
			.contains(PdfText.folded("۱. دسترسی به تامین مالی"))
			.contains(PdfText.folded("سخنرانی افتتاحیه"))
			// the speaker with the function she held that day, a Latin name inside
			// Persian
			.contains("Leyla Məmmədova")
			.contains("Müavin")
			// no registrant in a public programme
			.doesNotContain(PdfText.folded("زهرا احمدی"));
	}

	@Test
	void theAttendanceSheetListsThoseWithAPlaceWithRoomToSignForTheCoordinatorsAlone() throws Exception {
		PdfText pdf = pdf(
				get("/events/" + this.event + "/attendance-sheet.pdf").with(TestActors.signedIn(TestActors.admin())));

		assertThat(pdf.text).contains(PdfText.folded("زهرا احمدی"))
			.contains("Günel Əliyeva")
			.contains("Astara Qadın Kooperativi")
			.contains(PdfText.folded(message("print.column.signature")));
		this.mvc.perform(get("/events/" + this.event + "/attendance-sheet.pdf")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/events/" + this.event + "/attendance-sheet.pdf"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/events/" + this.event + "/attendance-sheet.pdf")
				.with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isForbidden());
	}

	@Test
	void certificatesAreForThoseWhoCameAPageEachAndEachHasTheirOwnThroughTheirLink() throws Exception {
		PdfText all = pdf(get("/api/v1/events/" + this.event + "/certificates.pdf").header(HttpHeaders.AUTHORIZATION,
				ADMIN_TOKEN));

		assertThat(all.pages).isEqualTo(1);
		assertThat(all.text).contains(PdfText.folded("زهرا احمدی"))
			.contains(PdfText.folded(message("print.certificate.title")))
			.contains(PdfText.folded(TITLE))
			.doesNotContain("Günel");
		PdfText own = pdf(get("/r/" + this.cameToken + "/certificate.pdf"));
		assertThat(own.text).contains(PdfText.folded("زهرا احمدی"));
		// who did not come has none
		this.mvc.perform(get("/r/" + this.absentToken + "/certificate.pdf")).andExpect(status().isNotFound());
		this.mvc.perform(get("/r/" + this.absentToken).header("Accept-Language", "fa"))
			.andExpect(content().string(org.hamcrest.Matchers
				.not(org.hamcrest.Matchers.containsString("/r/" + this.absentToken + "/certificate.pdf"))));
		this.mvc.perform(get("/r/" + this.cameToken))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("/r/" + this.cameToken + "/certificate.pdf")));
	}

	@Test
	void theReportHoldsProgrammeFiguresOutcomesAndActionsForWhoKeepsTheEvent() throws Exception {
		PdfText pdf = pdf(
				get("/api/v1/events/" + this.event + "/report.pdf").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN));

		assertThat(pdf.text).contains(PdfText.folded(message("print.report.title")))
			.contains(PdfText.folded("وام‌های کوچک کم است"))
			.contains(PdfText.folded("صندوق ضمانت برای ۱۲ تعاونی"))
			.contains(PdfText.folded("راهنمای اعتبار را آماده کنید"))
			.contains(PdfText.folded(message("print.report.attended")))
			.contains(PdfText.folded(message("people.gender.FEMALE")));
		this.mvc.perform(get("/api/v1/events/" + this.event + "/report.pdf")).andExpect(status().isUnauthorized());
		// an organization's manager keeps only its own events
		this.mvc
			.perform(get("/events/" + this.event + "/report.pdf")
				.with(TestActors.signedIn(TestActors.manager(java.util.UUID.randomUUID()))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anInternalEventsProgrammeIsNoStrangersAndCertificatesWithNobodyCheckedInAreAClearRefusal() throws Exception {
		LocalDateTime start = LocalDateTime.now().plusMonths(3).withHour(10).withMinute(0).withSecond(0).withNano(0);
		String internal = JsonPath.read(api(post("/api/v1/events"),
				"""
						{"kind": "THEMATIC_GROUP_MEETING", "visibility": "INTERNAL", "titles": {"pl": "Spotkanie grupy tematycznej II"},
						 "start": "%s", "end": "%s", "timeZone": "Europe/Warsaw"}"""
					.formatted(start, start.plusHours(4)),
				201), "$.id");
		this.mvc.perform(get("/events/" + internal + "/programme.pdf")).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/events/" + internal + "/certificates.pdf")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header("Accept-Language", "pl"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					this.messages.getMessage("print.certificates.none", null, Locale.forLanguageTag("pl")))));
		PdfText polish = pdf(
				get("/api/v1/events/" + internal + "/programme.pdf").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN),
				"pl");
		assertThat(polish.text).contains("Spotkanie grupy tematycznej II");
	}

	private PdfText pdf(MockHttpServletRequestBuilder request) throws Exception {
		return pdf(request, "fa");
	}

	private PdfText pdf(MockHttpServletRequestBuilder request, String language) throws Exception {
		byte[] body = this.mvc.perform(request.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return PdfText.of(body);
	}

	private String api(MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
		request.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, PERSIAN);
	}

}
