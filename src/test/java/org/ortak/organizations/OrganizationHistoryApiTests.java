package org.ortak.organizations;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history of changes as a program reads it: who, through what, and each field from →
 * to; nothing of what the caller may not read.
 */
@OrtakTest
class OrganizationHistoryApiTests {

	/** ORTAK_ADMIN_API_TOKEN of the test profile. */
	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Regions regions;

	@Autowired
	Organizations organizations;

	RegionView kartepe;

	@BeforeEach
	void places() {
		RegionView country = this.regions.create(new RegionDraft("Türkiye history " + UUID.randomUUID(), "TR", null),
				TestActors.admin());
		this.kartepe = this.regions.create(new RegionDraft("Kartepe", null, country.id()), TestActors.admin());
	}

	private String kartepeJson(int members, String version) {
		return """
				{"name": "Kartepe Kadın Girişimi Üretim ve İşletme Kooperatifi", "kind": "COOPERATIVE",
				 "regionId": "%s", "sectors": ["FOOD"], "membersTotal": %d, "version": %s}"""
			.formatted(this.kartepe.id(), members, version);
	}

	@Test
	void anUpdateThroughTheApiIsKeptWithWhoTheChannelAndEachField() throws Exception {
		JsonNode created = this.json.readTree(this.mvc
			.perform(post("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(kartepeJson(42, "null")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String id = created.get("id").asString();
		this.mvc
			.perform(put("/api/v1/organizations/" + id).header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(kartepeJson(50, created.get("version").toString())))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/organizations/" + id + "/history").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items[0].by").value("admin"))
			.andExpect(jsonPath("$.items[0].channel").value("API"))
			.andExpect(jsonPath("$.items[0].revision").isNumber())
			.andExpect(jsonPath("$.items[0].at").isString())
			.andExpect(jsonPath("$.items[0].changes.length()").value(1))
			.andExpect(jsonPath("$.items[0].changes[0].field").value("membersTotal"))
			.andExpect(jsonPath("$.items[0].changes[0].from").value(42))
			.andExpect(jsonPath("$.items[0].changes[0].to").value(50))
			.andExpect(jsonPath("$.items[1].kind").value("CREATED"))
			.andExpect(jsonPath("$.items[1].changes[?(@.field == 'sectors')].to[0]").value(hasItem("FOOD")))
			.andExpect(jsonPath("$.names['" + this.kartepe.id() + "']").isString());

		this.mvc
			.perform(get("/api/v1/organizations/" + id + "/history").header("Authorization", ADMIN_TOKEN)
				.param("size", "1000"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aManagerReadsNoHistoryOfAnOrganizationNotTheirs() throws Exception {
		OrganizationDetails other = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), OrganizationStatus.ACTIVE,
				TestActors.admin());
		this.mvc
			.perform(get("/api/v1/organizations/" + other.id() + "/history")
				.with(TestActors.signedIn(TestActors.manager(UUID.randomUUID()))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/organizations/" + other.id() + "/history")
				.with(TestActors.signedIn(TestActors.manager(other.id()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aRegionRenameIsInItsHistory() throws Exception {
		this.mvc
			.perform(put("/api/v1/regions/" + this.kartepe.id()).header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Kartepe İlçesi", "parentId": "%s", "version": %d}"""
					.formatted(this.kartepe.parentId(), this.kartepe.version())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/regions/" + this.kartepe.id() + "/history").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].channel").value("API"))
			.andExpect(jsonPath("$.items[0].changes[0].field").value("name"))
			.andExpect(jsonPath("$.items[0].changes[0].from").value("Kartepe"))
			.andExpect(jsonPath("$.items[0].changes[0].to").value("Kartepe İlçesi"));
	}

	@Test
	void theHistoryIsDescribed() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(document).contains("/api/v1/organizations/{id}/history", "/api/v1/regions/{id}/history");
	}

}
