package org.ortak.organizations;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each entry shows when it was last confirmed; those nobody confirmed for a year are its
 * keepers' to-do list, until someone confirms them.
 */
@OrtakTest
class ConfirmationTests {

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

	RegionView kielce;

	@BeforeEach
	void place() {
		RegionView country = this.regions.create(new RegionDraft("Polska stale " + UUID.randomUUID(), null, null),
				TestActors.admin());
		this.kielce = this.regions.create(new RegionDraft("Kielce", null, country.id()), TestActors.admin());
	}

	private OrganizationDetails registered(String name) {
		return this.organizations.create(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.kielce.id()), name),
				OrganizationStatus.ACTIVE, TestActors.admin());
	}

	/** As if nobody had confirmed it for so many days. */
	private void aged(UUID id, int days) {
		this.jdbc.update("update organization set confirmed_at = ? where public_id = ?",
				Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), id);
	}

	private List<String> stale() throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/organizations/stale").param("size", "100").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = new ArrayList<>();
		JSON.readTree(body).get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	@Test
	void entriesNobodyConfirmedForAYearWaitUntilSomeoneDoes() throws Exception {
		OrganizationDetails fresh = registered("Spółdzielnia Socjalna Nowa");
		assertThat(fresh.confirmedAt()).isCloseTo(Instant.now(),
				org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
		OrganizationDetails older = registered("Spółdzielnia Socjalna Stara");
		OrganizationDetails oldest = registered("Spółdzielnia Socjalna Najstarsza");
		aged(older.id(), 400);
		aged(oldest.id(), 800);

		List<String> stale = stale();
		assertThat(stale).doesNotContain(fresh.id().toString());
		assertThat(stale.indexOf(oldest.id().toString())).isNotNegative()
			.isLessThan(stale.indexOf(older.id().toString()));

		this.mvc
			.perform(get("/register/stale").param("size", "100")
				.with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dawno niepotwierdzone")));
		this.mvc.perform(get("/register/stale").with(TestActors.signedIn(TestActors.manager(older.id()))))
			.andExpect(status().isForbidden());

		// its manager confirms it as it is, from its page; it leaves the list
		this.mvc
			.perform(post("/organizations/" + older.id() + "/confirm")
				.with(TestActors.signedIn(TestActors.manager(older.id())))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(stale()).doesNotContain(older.id().toString()).contains(oldest.id().toString());
		// a manager of another organization may not
		this.mvc
			.perform(post("/organizations/" + oldest.id() + "/confirm")
				.with(TestActors.signedIn(TestActors.manager(older.id())))
				.with(csrf()))
			.andExpect(status().isNotFound());

		// through the API, with the version seen; a stale version is refused
		OrganizationDetails current = this.organizations.get(oldest.id(), TestActors.admin());
		this.mvc
			.perform(post("/api/v1/organizations/" + oldest.id() + "/confirm").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + (current.version() + 5) + "}"))
			.andExpect(status().isConflict());
		String confirmed = this.mvc
			.perform(post("/api/v1/organizations/" + oldest.id() + "/confirm").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + current.version() + "}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode answer = JSON.readTree(confirmed);
		assertThat(Instant.parse(answer.get("confirmedAt").asString())).isAfter(Instant.now().minusSeconds(60));
		assertThat(stale()).doesNotContain(oldest.id().toString());
		assertThat(this.organizations.history(oldest.id(), TestActors.admin(), 0, 10).items().get(0).changes())
			.anySatisfy((change) -> assertThat(change.field()).isEqualTo("confirmedAt"));

		// the organization's page and its public profile say when
		this.mvc
			.perform(get("/organizations/" + fresh.id()).with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Last confirmed on")));
		this.mvc.perform(get("/directory/" + fresh.id()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Last confirmed on")));
	}

}
