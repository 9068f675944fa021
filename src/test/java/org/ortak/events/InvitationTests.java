package org.ortak.events;

import java.time.LocalDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An internal meeting's invitations, as its coordinators send them and the invited take
 * them up: the thematic group's meeting II is nobody's to register for but the invited,
 * each through their own link; an organization's link registers each of its people.
 */
@OrtakTest
class InvitationTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1", "smtp"));

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/i/[A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	RegistrationLinks links;

	@Autowired
	EventRepository eventRepository;

	@Autowired
	RegistrationRepository registrationRepository;

	@Autowired
	Regions regions;

	private String event;

	private String invited;

	private String withoutAddress;

	private String organization;

	@BeforeEach
	void anInternalMeetingAPersonAnotherWithoutAddressAndAnOrganization() throws Exception {
		LocalDateTime start = LocalDateTime.now().plusMonths(2).withHour(10).withMinute(0).withSecond(0).withNano(0);
		this.event = JsonPath.read(api(post("/api/v1/events"), """
				{"kind": "THEMATIC_GROUP_MEETING", "visibility": "INTERNAL", "capacity": 30,
				 "titles": {"pl": "II spotkanie grupy tematycznej ds. ekonomii społecznej"},
				 "start": "%s", "end": "%s", "timeZone": "Europe/Warsaw"}""".formatted(start, start.plusHours(5)), 201),
				"$.id");
		this.invited = JsonPath.read(api(post("/api/v1/people"), """
				{"name": "Mariusz Nowak", "gender": "MALE", "email": "mariusz.%s@example.org"}"""
			.formatted(UUID.randomUUID()), 201), "$.id");
		this.withoutAddress = JsonPath.read(api(post("/api/v1/people"), """
				{"name": "Anna Kowalczyk", "gender": "FEMALE"}""", 201), "$.id");
		this.organization = JsonPath.read(api(post("/api/v1/organizations"), """
				{"name": "Centrum Integracji Społecznej %s", "kind": "REINTEGRATION_ENTITY", "regionId": "%s",
				 "email": "cis@example.org"}""".formatted(UUID.randomUUID().toString().substring(0, 8),
				TestCountries.regionIn(this.regions, "PL").id()), 201), "$.id");
	}

	@Test
	void theInvitedRegisterThroughTheirOwnLinkAndNobodyElseCan() throws Exception {
		// one without an address is named, and nobody is invited
		this.mvc
			.perform(request(post("/api/v1/events/" + this.event + "/invitations"), """
					{"people": ["%s", "%s"], "language": "pl"}""".formatted(this.invited, this.withoutAddress))
				.header("Accept-Language", "pl"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("people"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Anna Kowalczyk")));
		api(post("/api/v1/events/" + this.event + "/invitations"), """
				{"people": ["%s"], "organizations": ["%s"], "language": "pl"}""".formatted(this.invited,
				this.organization), 201);
		// the mails go, in Polish, each with its own link and the event as a calendar
		// file
		MimeMessage toOrganization = mailTo("cis@example.org");
		assertThat(toOrganization.getSubject()).contains("II spotkanie grupy tematycznej");
		String body = org.springframework.util.StreamUtils.copyToString(
				((jakarta.mail.internet.MimeMultipart) toOrganization.getContent()).getBodyPart(0).getInputStream(),
				java.nio.charset.StandardCharsets.UTF_8);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).isTrue();
		assertThat(link.group(1)).isEqualTo(link(null, UUID.fromString(this.organization)));
		// inviting again makes no second invitation
		this.mvc.perform(request(post("/api/v1/events/" + this.event + "/invitations"), """
				{"people": ["%s"]}""".formatted(this.invited))).andExpect(jsonPath("$", hasSize(0)));

		// the public form takes nobody for an internal meeting
		this.mvc
			.perform(post("/events/" + this.event + "/register").with(csrf())
				.with(InvitationTests::fromAfar)
				.param("name", "Someone")
				.param("email", "someone@example.org")
				.param("consent", "true"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/events/" + this.event)).andExpect(status().isNotFound());

		String personLink = link(UUID.fromString(this.invited), null);
		this.mvc.perform(get(personLink).header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("II spotkanie grupy tematycznej")))
			// the form starts from their own record
			.andExpect(content().string(containsString("value=\"Mariusz Nowak\"")));
		// without consent: named, nothing saved
		this.mvc
			.perform(post(personLink).with(csrf())
				.with(InvitationTests::fromAfar)
				.param("name", "Mariusz Nowak")
				.param("email", "m@example.org"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc
			.perform(post(personLink).with(csrf())
				.with(InvitationTests::fromAfar)
				.param("name", "Mariusz Nowak")
				.param("email", "mariusz.nowak@example.org")
				.param("function", "Kierownik CIS")
				.param("consent", "true"))
			.andExpect(status().is3xxRedirection());
		// a person's invitation registers once
		this.mvc.perform(get(personLink).header("Accept-Language", "pl"))
			.andExpect(content().string(not(containsString("id=\"registration-form\""))));
		this.mvc
			.perform(post(personLink).with(csrf())
				.with(InvitationTests::fromAfar)
				.param("name", "Someone Else")
				.param("email", "else@example.org")
				.param("consent", "true"))
			.andExpect(status().isUnprocessableContent());

		// the organization's link registers each of its people, under its name
		String organizationLink = link(null, UUID.fromString(this.organization));
		for (String name : new String[] { "Ewa Wiśniewska", "Katarzyna Lewandowska" }) {
			this.mvc
				.perform(post(organizationLink).with(csrf())
					.with(InvitationTests::fromAfar)
					.param("name", name)
					.param("email", name.split(" ")[0].toLowerCase(java.util.Locale.ROOT) + "@cis.example.org")
					.param("consent", "true"))
				.andExpect(redirectedUrlPattern("/**"));
		}
		this.mvc
			.perform(get("/api/v1/events/" + this.event + "/registrations").param("size", "50")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.items[?(@.name == 'Ewa Wiśniewska')].organizationId")
				.value(org.hamcrest.Matchers.hasItem(this.organization)))
			.andExpect(jsonPath("$.items[?(@.name == 'Ewa Wiśniewska')].source")
				.value(org.hamcrest.Matchers.hasItem("INVITATION")));
		this.mvc
			.perform(
					get("/api/v1/events/" + this.event + "/invitations").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$[?(@.organizationId == '" + this.organization + "')].registered")
				.value(org.hamcrest.Matchers.hasItem(2)))
			.andExpect(jsonPath("$[?(@.personId == '" + this.invited + "')].status")
				.value(org.hamcrest.Matchers.hasItem("ACCEPTED")));
	}

	@Test
	void invitationsAreTheCoordinatorsAndALinkNobodyWasGivenLeadsNowhere() throws Exception {
		this.mvc.perform(get("/api/v1/events/" + this.event + "/invitations")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/events/" + this.event + "/invitations").with(csrf())
				.with(InvitationTests::fromAfar)
				.with(TestActors.signedIn(TestActors.manager(UUID.randomUUID())))
				.param("people", this.invited))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/i/not-a-link")).andExpect(status().isNotFound());
		this.mvc.perform(post("/i/not-a-link").with(csrf()).with(InvitationTests::fromAfar).param("name", "x"))
			.andExpect(status().isNotFound());
		// nobody chosen: said on the form, with the page
		this.mvc
			.perform(post("/events/" + this.event + "/invitations").with(csrf())
				.with(InvitationTests::fromAfar)
				.with(TestActors.signedIn(TestActors.admin()))
				.header("Accept-Language", "tr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is-invalid")));
		// declined, and still able to come; cancelled, and able to come again
		String made = api(post("/api/v1/events/" + this.event + "/invitations"), """
				{"people": ["%s"], "organizations": ["%s"]}""".formatted(this.invited, this.organization), 201);
		String personLink = link(UUID.fromString(this.invited), null);
		this.mvc.perform(post(personLink + "/decline").with(csrf()).with(InvitationTests::fromAfar))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(personLink))
			.andExpect(content().string(containsString("id=\"invitation-declined\"")))
			.andExpect(content().string(containsString("id=\"registration-form\"")));
		this.mvc
			.perform(post(personLink).with(csrf())
				.with(InvitationTests::fromAfar)
				.param("name", "Mariusz Nowak")
				.param("email", "mariusz.n@example.org")
				.param("consent", "true"))
			.andExpect(status().is3xxRedirection());
		String registered = EventTestLinks.privateLink(this.eventRepository, this.registrationRepository, this.links,
				this.event, "mariusz.n@example.org");
		this.mvc.perform(post(registered + "/cancel").with(csrf()).with(InvitationTests::fromAfar))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(personLink)).andExpect(content().string(containsString("id=\"registration-form\"")));
		// an organization's link declines for nobody
		String organizationLink = link(null, UUID.fromString(this.organization));
		this.mvc.perform(post(organizationLink + "/decline").with(csrf()).with(InvitationTests::fromAfar))
			.andExpect(status().isForbidden());
		// sent again, and withdrawn: its link then leads nowhere
		java.util.List<String> ids = JsonPath.read(made, "$[?(@.organizationId == '" + this.organization + "')].id");
		String organizationInvitation = ids.get(0);
		this.mvc
			.perform(post("/api/v1/events/" + this.event + "/invitations/" + organizationInvitation + "/resend")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isAccepted());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/events/" + this.event + "/invitations/" + organizationInvitation)
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(organizationLink)).andExpect(status().isNotFound());
	}

	/**
	 * The first mail to the address, waited for: other tests' mails may reach the server
	 * first.
	 */
	private static MimeMessage mailTo(String address) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> java.util.Arrays.stream(mail.getReceivedMessages())
				.filter((m) -> recipient(m).equals(address))
				.findFirst(), java.util.Optional::isPresent)
			.get();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The public forms' rate limit counts by address: these tests' own. */
	private static org.springframework.mock.web.MockHttpServletRequest fromAfar(
			org.springframework.mock.web.MockHttpServletRequest request) {
		request.setRemoteAddr("192.0.2.41");
		return request;
	}

	private String link(UUID person, UUID organization) {
		Invitation invitation = this.invitations.findAll()
			.stream()
			.filter((i) -> (person != null && person.equals(i.personId()))
					|| (organization != null && organization.equals(i.organizationId())))
			.findFirst()
			.orElseThrow();
		return "/i/" + this.links.token(invitation);
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
