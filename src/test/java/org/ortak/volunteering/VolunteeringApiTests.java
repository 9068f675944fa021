package org.ortak.volunteering;

import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.organizations.TestCountries;
import org.ortak.regions.Regions;
import org.ortak.shared.pdf.PdfText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Volunteering through the API and the volunteer's own link: a sign-up without consent is
 * a problem naming the field, the link goes by mail, hours of a day to come are refused
 * with what was typed kept, hours are confirmed by the receiving organization alone (told
 * so in the reader's language), the confirmed record reads back from its PDF, and an
 * erasure closes the link.
 */
@OrtakTest
class VolunteeringApiTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/v/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1", "smtp"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Test
	void aVolunteerSignsUpLogsHoursTheNgoConfirmsThemAndTheRecordIsTheirs() throws Exception {
		String losev = organization("LÖSEV Bursa");
		String opportunity = JsonPath.read(api(post("/api/v1/volunteering"), """
				{"organizationId": "%s", "language": "tr", "title": "Hastane oyun odası gönüllülüğü", "wanted": 5}"""
			.formatted(losev), 201), "$.id");
		this.mvc
			.perform(request(post("/api/v1/volunteering"),
					"""
							{"organizationId": "%s", "language": "tr", "title": "", "startsOn": "2026-05-01", "endsOn": "2026-04-01",
							 "wanted": 0}"""
						.formatted(losev))
				.header("Accept-Language", "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("endsOn")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("wanted")));

		// anyone signs up; without consent it is a problem naming the field
		this.mvc
			.perform(post("/api/v1/volunteering/" + opportunity + "/signups").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "tr")
				.content("""
						{"name": "Zeynep Arslan", "email": "zeynep@example.org"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consent"));
		String email = "zeynep-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		this.mvc
			.perform(post("/api/v1/volunteering/" + opportunity + "/signups").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "tr")
				.content("""
						{"name": "Zeynep Arslan", "email": "%s", "consent": true}""".formatted(email)))
			.andExpect(status().isAccepted());
		MimeMessage message = mailTo(email);
		Matcher link = LINK.matcher((String) message.getContent());
		assertThat(link.find()).isTrue();
		String own = link.group(1);

		// their page, in Persian right to left; hours of a day to come are refused, kept
		// as typed
		this.mvc.perform(get(own).header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("Hastane oyun odası gönüllülüğü")));
		String signup = JsonPath.read(this.mvc
			.perform(get("/api/v1/volunteering/" + opportunity).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.signups[0].id");
		this.mvc
			.perform(post(own + "/hours").with(csrf())
				.header("Accept-Language", "tr")
				.param("signupId", signup)
				.param("workedOn", "2099-01-01")
				.param("hours", "3,5")
				.param("note", "Oyun odası"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"Oyun odası\"")));
		this.mvc
			.perform(post(own + "/hours").with(csrf())
				.param("signupId", signup)
				.param("workedOn", java.time.LocalDate.now().minusDays(1).toString())
				.param("hours", "3.5"))
			.andExpect(status().is3xxRedirection());
		String hours = JsonPath.read(this.mvc
			.perform(get("/api/v1/volunteering/" + opportunity).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.signups[0].hours[0].id");

		// an admin is not the receiving organization: told so, in Turkish
		this.mvc
			.perform(request(post("/api/v1/volunteering/hours/" + hours + "/decision"), "{\"confirmed\": true}")
				.header("Accept-Language", "tr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("ev sahibi")));
		this.mvc
			.perform(post("/api/v1/volunteering/hours/" + hours + "/decision")
				.with(TestActors.signedIn(TestActors.manager(UUID.fromString(losev))))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"confirmed\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		this.mvc.perform(get("/api/v1/volunteering/totals"))
			.andExpect(jsonPath("$.totals[*].organizationId").value(hasItem(losev)));
		// a year or a page no list has is a problem naming it, never a failure
		this.mvc.perform(get("/api/v1/volunteering/totals").param("year", "1000000000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		this.mvc.perform(get("/api/v1/volunteering").param("page", "2147483647"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		this.mvc
			.perform(get("/api/v1/agreements/obligations").param("size", "0")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));

		// the confirmed record, read back from its PDF
		byte[] pdf = this.mvc.perform(get(own + "/record.pdf").header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = PdfText.of(pdf).text;
		assertThat(text).contains("Zeynep Arslan").contains("Hastane oyun odası gönüllülüğü").contains("3,5");

		// erased, the link opens nothing more
		String person = JsonPath.read(this.mvc
			.perform(get("/api/v1/volunteering/" + opportunity).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.signups[0].personId");
		this.mvc.perform(request(post("/api/v1/people/" + person + "/erase"), "")).andExpect(status().isOk());
		this.mvc.perform(get(own)).andExpect(status().isNotFound());
	}

	private MimeMessage mailTo(String address) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> Arrays.stream(mail.getReceivedMessages()).filter((m) -> {
				try {
					return m.getAllRecipients()[0].toString().equals(address);
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}).findFirst(), java.util.Optional::isPresent)
			.get();
	}

	private String organization(String name) throws Exception {
		return JsonPath.read(api(post("/api/v1/organizations"),
				"""
						{"name": "%s %s", "kind": "ASSOCIATION", "regionId": "%s"}""".formatted(name,
						UUID.randomUUID().toString().substring(0, 6), TestCountries.regionIn(this.regions, "TR").id()),
				201), "$.id");
	}

	private MockHttpServletRequestBuilder request(MockHttpServletRequestBuilder request, String body) {
		return request.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private String api(MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
		return this.mvc.perform(request(request, body))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
