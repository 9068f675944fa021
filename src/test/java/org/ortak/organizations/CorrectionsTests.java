package org.ortak.organizations;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.shared.security.LinkSigner;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organization corrects its own entry through a private link with no account, anyone
 * suggests a correction from its public profile, and a coordinator reviews both.
 */
@OrtakTest
class CorrectionsTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LinkSigner signer;

	OrganizationDetails prom;

	@BeforeEach
	void organization() {
		RegionView country = this.regions.create(new RegionDraft("Polska links " + UUID.randomUUID(), null, null),
				TestActors.admin());
		RegionView skarzysko = this.regions.create(new RegionDraft("Skarżysko-Kamienna", null, country.id()),
				TestActors.admin());
		this.prom = this.organizations.create(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(skarzysko.id()),
						"Spółdzielnia Socjalna PROM " + UUID.randomUUID().toString().substring(0, 6)),
				OrganizationStatus.ACTIVE, TestActors.admin());
	}

	private String issuedToken() throws Exception {
		String body = this.mvc.perform(
				post("/api/v1/organizations/" + this.prom.id() + "/private-link").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String url = JSON.readTree(body).get("url").asString();
		assertThat(url).startsWith("https://ortak.example.org/entry/");
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private JsonNode pendingFor(UUID organization) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/corrections").param("size", "100").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (JsonNode item : JSON.readTree(body).get("items")) {
			if (item.get("organizationId").asString().equals(organization.toString())) {
				return item;
			}
		}
		return null;
	}

	@Test
	void theOrganizationCorrectsItsEntryThroughItsLinkAndACoordinatorApproves() throws Exception {
		String token = issuedToken();
		this.mvc.perform(get("/entry/" + token).header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.prom.name())))
			.andExpect(content().string(containsString("Wszystko się zgadza")));

		// a bad e-mail is named by its field, what was typed kept, the link still usable
		this.mvc
			.perform(post("/entry/" + token).with(csrf())
				.header("Accept-Language", "en")
				.param("name", this.prom.name())
				.param("website", "https://prom.example.pl")
				.param("email", "not an address"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("value=\"https://prom.example.pl\"")));
		this.mvc
			.perform(post("/entry/" + token).with(csrf())
				.param("name", this.prom.name())
				.param("website", "https://prom.example.pl")
				.param("phone", "+48 41 252 00 00")
				.param("membersTotal", "۵۰"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"done\"")));
		// used once
		this.mvc.perform(get("/entry/" + token).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("already been used")));

		JsonNode pending = pendingFor(this.prom.id());
		assertThat(pending.get("source").asString()).isEqualTo("OWN_CONTACT");
		assertThat(pending.get("proposed").get("website").asString()).isEqualTo("https://prom.example.pl");
		assertThat(pending.get("proposed").get("membersTotal").asInt()).isEqualTo(50);
		// what did not change is not proposed
		assertThat(pending.get("proposed").get("name").isNull()).isTrue();
		assertThat(this.organizations.get(this.prom.id(), TestActors.admin()).website()).isNull();

		this.mvc.perform(get("/register/corrections").with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("https://prom.example.pl")));
		this.mvc
			.perform(post("/register/corrections/" + pending.get("id").asString() + "/approve")
				.with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		OrganizationDetails corrected = this.organizations.get(this.prom.id(), TestActors.admin());
		assertThat(corrected.website()).isEqualTo("https://prom.example.pl");
		assertThat(corrected.membersTotal()).isEqualTo(50);
		assertThat(corrected.updatedBy()).isEqualTo(TestActors.coordinator().username());
		assertThat(pendingFor(this.prom.id())).isNull();
		// decided once
		this.mvc.perform(post("/api/v1/corrections/" + pending.get("id").asString() + "/reject").header("Authorization",
				ADMIN_TOKEN))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aLinkConfirmsTheEntryAsItIsAndTamperedOrExpiredLinksAreRefused() throws Exception {
		String token = issuedToken();
		this.jdbc.update("update organization set confirmed_at = confirmed_at - interval '400' day where public_id = ?",
				this.prom.id());
		this.mvc.perform(post("/entry/" + token + "/confirm").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"done\"")));
		assertThat(this.organizations.get(this.prom.id(), TestActors.admin()).confirmedAt())
			.isAfter(java.time.Instant.now().minusSeconds(60));
		this.mvc.perform(post("/entry/" + token + "/confirm").with(csrf()))
			.andExpect(status().isUnprocessableContent());

		String fresh = issuedToken();
		String tampered = fresh.substring(0, 5) + (fresh.charAt(5) == 'A' ? 'B' : 'A') + fresh.substring(6);
		this.mvc.perform(get("/entry/" + tampered).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("not valid")));
		this.mvc.perform(get("/entry/garbage").header("Accept-Language", "tr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("geçerli değil")));
		// a link made 31 days ago with the same secret
		PrivateLinks past = new PrivateLinks(this.signer, Clock.offset(Clock.systemUTC(), Duration.ofDays(-31)), 30);
		String expired = past.issue(this.prom.id()).token();
		this.mvc.perform(get("/entry/" + expired).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("expired")));

		// only those who keep the register issue links and review
		this.mvc.perform(post("/api/v1/organizations/" + this.prom.id() + "/private-link"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/register/corrections").with(TestActors.signedIn(TestActors.manager(this.prom.id()))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anyoneSuggestsACorrectionFromThePublicProfile() throws Exception {
		this.mvc
			.perform(post("/directory/" + this.prom.id() + "/corrections").with(csrf())
				.header("Accept-Language", "pl")
				.param("message", "")
				.param("contact", "jan@example.pl"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"message-error\"")))
			.andExpect(content().string(containsString("value=\"jan@example.pl\"")));
		// a robot fills the hidden field: thanked, ignored
		this.mvc
			.perform(post("/directory/" + this.prom.id() + "/corrections").with(csrf())
				.param("message", "Buy now")
				.param("homepage", "http://spam.example"))
			.andExpect(status().is3xxRedirection());
		assertThat(pendingFor(this.prom.id())).isNull();
		this.mvc
			.perform(post("/directory/" + this.prom.id() + "/corrections").with(csrf())
				.param("message", "Nowy adres: ul. Konopnickiej 5, Skarżysko-Kamienna")
				.param("contact", "jan@example.pl"))
			.andExpect(status().is3xxRedirection());
		JsonNode pending = pendingFor(this.prom.id());
		assertThat(pending.get("source").asString()).isEqualTo("PUBLIC");
		assertThat(pending.get("message").asString()).contains("Konopnickiej");
		assertThat(pending.get("contact").asString()).isEqualTo("jan@example.pl");
		// the suggestion's contact is for the reviewers alone
		this.mvc.perform(get("/directory/" + this.prom.id()))
			.andExpect(content().string(not(containsString("jan@example.pl"))));
		this.mvc.perform(post("/api/v1/corrections/" + pending.get("id").asString() + "/reject").header("Authorization",
				ADMIN_TOKEN))
			.andExpect(status().isNoContent());
		assertThat(pendingFor(this.prom.id())).isNull();
		this.mvc.perform(get("/api/v1/corrections")).andExpect(status().isUnauthorized());
	}

}
