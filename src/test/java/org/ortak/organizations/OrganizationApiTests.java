package org.ortak.organizations;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.shared.search.SearchIndex;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register's JSON API as a client sees it: a bearer token, JSON in and out, RFC 9457
 * problems that name each bad field, 409 for a stale update.
 */
@OrtakTest
class OrganizationApiTests {

	/** ORTAK_ADMIN_API_TOKEN of the test profile. */
	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Regions regions;

	RegionView kartepe;

	RegionView country;

	@BeforeEach
	void places() {
		this.country = this.regions.create(new RegionDraft("Türkiye API " + UUID.randomUUID(), "TR", null),
				TestActors.admin());
		RegionView kocaeli = this.regions.create(new RegionDraft("Kocaeli", "41", this.country.id()),
				TestActors.admin());
		this.kartepe = this.regions.create(new RegionDraft("Kartepe", null, kocaeli.id()), TestActors.admin());
	}

	private String kartepeJson(String registryNumber) {
		return """
				{"name": "Kartepe Kadın Girişimi Üretim ve İşletme Kooperatifi", "kind": "COOPERATIVE",
				 "subKind": "WOMEN", "registryNumber": %s, "foundedOn": "2019-03-08", "regionId": "%s",
				 "latitude": 40.7536, "longitude": 30.0233, "sectors": ["FOOD", "HANDICRAFTS"],
				 "membersTotal": 42, "membersWomen": 42, "incomeGenerating": true,
				 "certifications": [{"name": "ISO 9001", "issuedOn": "2024-05-02"}],
				 "description": "<script>alert('x')</script> ev yemekleri"}"""
			.formatted((registryNumber != null) ? "\"" + registryNumber + "\"" : "null", this.kartepe.id());
	}

	private String inRegion(String json, RegionView region) {
		return json.replace(this.kartepe.id().toString(), region.id().toString());
	}

	private ResultActions createJson(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void aClientRegistersReadsSearchesAndUpdates() throws Exception {
		String body = createJson(kartepeJson("KO-" + UUID.randomUUID().toString().substring(0, 8)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/organizations/")))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.regionName").value(org.hamcrest.Matchers.endsWith("Kocaeli › Kartepe")))
			.andExpect(jsonPath("$.description").value("<script>alert('x')</script> ev yemekleri"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode created = this.json.readTree(body);
		String id = created.get("id").asString();

		SearchIndexed.await(this.searchIndex);
		this.mvc
			.perform(get("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
				.param("q", "kartepe kadin")
				.param("kind", "COOPERATIVE")
				.param("status", "ACTIVE")
				.param("region", this.country.id().toString())
				.param("sector", "FOOD")
				.param("sort", "name"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));

		String update = kartepeJson(null).replace("\"membersTotal\": 42, \"membersWomen\": 42",
				"\"membersTotal\": 50, \"membersWomen\": 47, \"version\": " + created.get("version").asLong());
		this.mvc
			.perform(put("/api/v1/organizations/" + id).header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(update))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.membersTotal").value(50));

		this.mvc
			.perform(put("/api/v1/organizations/" + id).header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(update))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://ortak.org/problems/stale-version"));

		this.mvc.perform(post("/api/v1/organizations/" + id + "/status").header("Authorization", ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"SEMI_ACTIVE\", \"effectiveOn\": \"2025-11-04\", \"reason\": \"fewer orders\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statusHistory[0].to").value("SEMI_ACTIVE"))
			.andExpect(jsonPath("$.statusHistory[0].reason").value("fewer orders"));

		this.mvc.perform(post("/api/v1/organizations/" + id + "/archive").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true));
	}

	@Test
	void badInputIsAProblemThatNamesEachField() throws Exception {
		String registry = "KO-" + UUID.randomUUID().toString().substring(0, 8);
		createJson(kartepeJson(registry)).andExpect(status().isCreated());
		String bad = kartepeJson(registry).replace("\"foundedOn\": \"2019-03-08\"", "\"foundedOn\": \"2999-01-01\"")
			.replace("\"latitude\": 40.7536", "\"latitude\": 140.5")
			.replace("\"membersTotal\": 42, \"membersWomen\": 42", "\"membersTotal\": 10, \"membersWomen\": 12")
			.replace("\"name\": \"Kartepe", "\"employeesTotal\": -4, \"name\": \"Kartepe" + "e".repeat(300));
		createJson(bad).andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "registryNumber", "foundedOn",
					"latitude", "membersWomen", "employeesTotal")))
			.andExpect(jsonPath("$.errors[?(@.field == 'membersWomen')].message")
				.value(hasItem("Cannot be more than the total (10).")));

		createJson(kartepeJson(null).replace(this.kartepe.id().toString(), UUID.randomUUID().toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regionId"));
	}

	@Test
	void problemsSpeakTheClientsLanguageAndNameUnreadableFields() throws Exception {
		this.mvc
			.perform(post("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
				.header("Accept-Language", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content(kartepeJson(null).replace("\"membersTotal\": 42", "\"membersTotal\": \"many\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("membersTotal"))
			.andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.not("Bad request")));
		this.mvc.perform(get("/api/v1/organizations").header("Authorization", ADMIN_TOKEN).param("kind", "SPACESHIP"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.mvc.perform(get("/api/v1/organizations").header("Authorization", ADMIN_TOKEN).param("sort", "color"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
	}

	@Test
	void registryNumbersAreFoundAsTheRegisterComparesThem() throws Exception {
		String number = "KO-" + UUID.randomUUID().toString().substring(0, 6) + " 34";
		createJson(kartepeJson(number).replace("\"sectors\": [\"FOOD\", \"HANDICRAFTS\"]",
				"\"sectors\": [\"FOOD\", null]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sectors[1]"));
		String id = this.json
			.readTree(createJson(kartepeJson(number).replace("\"certifications\": [", "\"certifications\": [null, "))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.certifications.length()").value(1))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();
		String typedOtherwise = number.replace("-", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
		SearchIndexed.await(this.searchIndex);
		this.mvc.perform(get("/api/v1/organizations").header("Authorization", ADMIN_TOKEN).param("q", typedOtherwise))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
	}

	@Test
	void pagingBeyondTheLimitIsABadRequest() throws Exception {
		this.mvc.perform(get("/api/v1/organizations").header("Authorization", ADMIN_TOKEN).param("page", "999999999"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void withoutAValidTokenTheApiAnswers401() throws Exception {
		this.mvc.perform(get("/api/v1/organizations"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(jsonPath("$.status").value(401));
		this.mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer ortak_not-a-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theFormSessionDoesNotOpenTheApi() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user("admin").password("admin-test-password"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/organizations").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/organizations").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void identifiersAndShortNamesAreWrittenReadAndSearched() throws Exception {
		RegionView turkey = TestCountries.regionIn(this.regions, "TR");
		String mersis = TestIdentifiers.mersis();
		String body = createJson(inRegion(kartepeJson(null), turkey).replace("\"subKind\": \"WOMEN\"",
				"\"subKind\": \"WOMEN_ENTERPRISE\", \"shortName\": \"KAGİK\", \"identifiers\": {\"MERSIS\": \""
						+ TestIdentifiers.inPersianDigits(mersis) + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.subKind").value("WOMEN_ENTERPRISE"))
			.andExpect(jsonPath("$.shortName").value("KAGİK"))
			.andExpect(jsonPath("$.identifiers.MERSIS").value(mersis))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = this.json.readTree(body).get("id").asString();
		SearchIndexed.await(this.searchIndex);
		for (String q : List.of(mersis, "kagik")) {
			this.mvc
				.perform(get("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
					.param("q", q)
					.param("region", turkey.id().toString()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].id").value(id))
				.andExpect(jsonPath("$.items[0].shortName").value("KAGİK"));
		}
		createJson(kartepeJson(null).replace("\"name\": \"Kartepe",
				"\"identifiers\": {\"MERSIS\": \"" + mersis + "\", \"KRS\": \"0000123456\"}, \"name\": \"Başka"))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field").value(containsInAnyOrder("identifiers[MERSIS]", "identifiers[KRS]")));
	}

	@Test
	void unknownSubKindsAndWrongCheckDigitsAreProblemsNamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
				.header("Accept-Language", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content(inRegion(kartepeJson(null), TestCountries.regionIn(this.regions, "TR")).replace(
						"\"subKind\": \"WOMEN\"",
						"\"subKind\": \"Kadın kooperatifi\", \"identifiers\": {\"VKN\": \"4540536921\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.errors[?(@.field == 'subKind')].message")
				.value(hasItem("Bilinmeyen alt tür: Kadın kooperatifi. Listeden birini seçin.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'identifiers[VKN]')].message")
				.value(hasItem("Vergi kimlik numarası (VKN): kontrol hanesi tutmuyor. Bir yazım hatası olabilir.")));
		createJson(kartepeJson(null).replace("\"subKind\": \"WOMEN\"", "\"subKind\": \"CIS\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subKind"));
	}

	@Test
	void theSubKindsAndIdentifiersOfACountryAreListed() throws Exception {
		this.mvc
			.perform(get("/api/v1/organizations/sub-kinds").header("Authorization", ADMIN_TOKEN)
				.header("Accept-Language", "tr")
				.param("kind", "COOPERATIVE")
				.param("country", "TR"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem("WOMEN_ENTERPRISE")))
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.not(hasItem("KNOWLEDGE_BASED"))))
			.andExpect(jsonPath("$[?(@.code == 'WOMEN_ENTERPRISE')].label")
				.value(hasItem("Kadın Girişimi Üretim ve İşletme Kooperatifi")));
		this.mvc
			.perform(get("/api/v1/organizations/sub-kinds").header("Authorization", ADMIN_TOKEN)
				.param("kind", "REINTEGRATION_ENTITY"))
			.andExpect(jsonPath("$[*].code").value(containsInAnyOrder("CIS", "KIS", "ZAZ", "WTZ")));
		this.mvc
			.perform(get("/api/v1/organizations/identifier-schemes").header("Authorization", ADMIN_TOKEN)
				.param("country", "pl"))
			.andExpect(jsonPath("$[*].code").value(containsInAnyOrder("KRS", "NIP", "REGON")))
			.andExpect(jsonPath("$[?(@.code == 'REGON')].lengths[*]").value(containsInAnyOrder(9, 14)));
	}

	@Test
	void theApiDescribesItself() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(document).contains("/api/v1/organizations", "/api/v1/regions", "/api/v1/organizations/{id}",
				"/api/v1/organizations/sub-kinds", "/api/v1/organizations/identifier-schemes", "SHENASE_MELLI",
				"\"scheme\":\"bearer\"");
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}
