package org.ortak.organizations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.security.Actor;
import org.ortak.shared.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public directory, read by anyone: only what a coordinator lists and nobody
 * archived, only public facts, each place as precisely as its organization chose.
 */
@OrtakTest
class PublicDirectoryTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	SearchIndex searchIndex;

	RegionView kartepe;

	String word;

	@BeforeEach
	void place() {
		RegionView country = this.regions.create(new RegionDraft("Türkiye directory " + UUID.randomUUID(), null, null),
				TestActors.admin());
		this.kartepe = this.regions.create(new RegionDraft("Kartepe", null, country.id()), TestActors.admin());
		this.word = "Dizin" + UUID.randomUUID().toString().substring(0, 8);
	}

	private OrganizationDetails registered(String name, OrganizationStatus status) {
		return this.organizations.create(TestOrganizations
			.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), name + " " + this.word), status,
				TestActors.admin());
	}

	@Test
	void anyoneFindsTheListedOrganizationsAndNoOther() throws Exception {
		OrganizationDetails listed = registered("Listed", OrganizationStatus.ACTIVE);
		OrganizationDetails dissolved = registered("Dissolved", OrganizationStatus.DISSOLVED);
		OrganizationDetails unlisted = registered("Unlisted", OrganizationStatus.ACTIVE);
		this.organizations.publish(unlisted.id(), false, LocationPrecision.EXACT, null, TestActors.coordinator());
		OrganizationDetails archived = registered("Archived", OrganizationStatus.ACTIVE);
		this.organizations.archive(archived.id(), null, TestActors.admin());
		assertThat(dissolved.listed()).as("a dissolved organization is not listed unless a coordinator says so")
			.isFalse();
		SearchIndexed.await(this.searchIndex);

		this.mvc.perform(get("/directory").param("q", this.word).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/directory/" + listed.id())))
			.andExpect(content().string(not(containsString(dissolved.id().toString()))))
			.andExpect(content().string(not(containsString(unlisted.id().toString()))))
			.andExpect(content().string(not(containsString(archived.id().toString()))))
			.andExpect(content().string(not(containsString("id=\"new-organization\""))))
			.andExpect(content().string(not(containsString("name=\"archived\""))));
		this.mvc.perform(get("/api/v1/public/organizations").param("q", this.word))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.items[0].id").value(listed.id().toString()));
		for (OrganizationDetails hidden : List.of(dissolved, unlisted, archived)) {
			this.mvc.perform(get("/directory/" + hidden.id())).andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/public/organizations/" + hidden.id())).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(content().string(containsString("/api/v1/public/organizations/{id}")))
			.andExpect(content().string(containsString("/api/v1/organizations/{id}/publication")));
		// the coordinators' register stays closed
		this.mvc.perform(get("/api/v1/organizations").param("q", this.word)).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/public/organizations").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aProfileShowsPublicFactsOnlyWithItsJsonLd() throws Exception {
		OrganizationDetails listed = registered("</script><script>alert(1)</script> Profile",
				OrganizationStatus.ACTIVE);
		String page = this.mvc.perform(get("/directory/" + listed.id()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"suggest-correction\"")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String ld = page.substring(page.indexOf("<script type=\"application/ld+json\">") + 35,
				page.indexOf("</script>", page.indexOf("application/ld+json")));
		JsonNode json = JSON.readTree(ld);
		assertThat(json.get("@type").asString()).isEqualTo("Organization");
		assertThat(json.get("name").asString()).startsWith("</script><script>alert(1)</script> Profile");
		assertThat(json.get("geo").get("latitude").asDouble()).isEqualTo(40.7536);
		// what the register keeps about its own keeping is not public
		String api = this.mvc.perform(get("/api/v1/public/organizations/" + listed.id()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JSON.readTree(api).propertyNames()).doesNotContain("version", "createdBy", "updatedBy", "createdAt",
				"updatedAt", "statusHistory", "permissions", "archived", "listed", "incomeGenerating");
		assertThat(page).doesNotContain("admin").doesNotContain("Ev yemekleri ve el emeği ürünleri. admin");
	}

	@Test
	void eachOrganizationChoosesHowPreciselyItsPlaceIsShown() throws Exception {
		OrganizationDetails home = this.organizations.create(
				new OrganizationDraft("Home " + this.word, null, OrganizationKind.COOPERATIVE, "WOMEN", null, null,
						Map.of(), null, this.kartepe.id(), "Uzuntarla Mah. Okul Sk. No: 12/3, 41295 Kartepe", 40.75361,
						30.02337, java.util.Set.of(), 12, 12, null, null, null, List.of(), null, null, null, null),
				OrganizationStatus.ACTIVE, TestActors.admin());
		Actor manager = TestActors.manager(home.id());
		this.organizations.publish(home.id(), true, LocationPrecision.STREET, null, manager);
		this.mvc.perform(get("/api/v1/public/organizations/" + home.id()))
			.andExpect(jsonPath("$.address").value("Uzuntarla Mah. Okul Sk., Kartepe"))
			.andExpect(jsonPath("$.latitude").value(40.754))
			.andExpect(jsonPath("$.longitude").value(30.023));
		this.organizations.publish(home.id(), true, LocationPrecision.DISTRICT, null, manager);
		this.mvc.perform(get("/api/v1/public/organizations/" + home.id()))
			.andExpect(jsonPath("$.address").doesNotExist())
			.andExpect(jsonPath("$.latitude").doesNotExist())
			.andExpect(jsonPath("$.regionName").value(containsString("Kartepe")));
		this.mvc.perform(get("/directory/" + home.id()))
			.andExpect(content().string(not(containsString("Okul Sk"))))
			.andExpect(content().string(not(containsString("40.75"))));
		// a manager chooses the precision; listing is for coordinators
		assertThatThrownBy(
				() -> this.organizations.publish(home.id(), false, LocationPrecision.DISTRICT, null, manager))
			.isInstanceOf(Forbidden.class);
		this.mvc
			.perform(put("/api/v1/organizations/" + home.id() + "/publication").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"listed\": false, \"locationPrecision\": \"EXACT\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.listed").value(false));
		this.mvc.perform(get("/directory/" + home.id())).andExpect(status().isNotFound());
	}

	@Test
	void badQueriesAreProblemsNamingTheirParameter() throws Exception {
		this.mvc
			.perform(get("/api/v1/public/organizations").param("kind", "NOT_A_KIND").header("Accept-Language", "pl"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.mvc.perform(get("/api/v1/public/organizations").param("q", "kadin ".repeat(60)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		this.mvc.perform(get("/api/v1/public/organizations").param("sort", "<script>"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		this.mvc.perform(get("/directory").param("sort", "<script>").header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void openDataIsTheListedRegisterInCsvJsonAndGeoJson() throws Exception {
		OrganizationDetails formula = this.organizations.create(
				new OrganizationDraft("=HYPERLINK(\"x\") " + this.word, null, OrganizationKind.ASSOCIATION, null, null,
						null, Map.of(), null, this.kartepe.id(), "@home, \"quoted\"", 40.75, -8.5, java.util.Set.of(),
						3, 2, null, null, null, List.of(), null, null, null, "-1 line"),
				OrganizationStatus.ACTIVE, TestActors.admin());
		OrganizationDetails unlisted = registered("Unlisted", OrganizationStatus.ACTIVE);
		this.organizations.publish(unlisted.id(), false, LocationPrecision.EXACT, null, TestActors.admin());
		SearchIndexed.await(this.searchIndex);

		String csv = download("/open-data/organizations.csv");
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("id,name,shortName,kind");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith(formula.id() + ",\"'=HYPERLINK(\"\"x\"\") " + this.word + "\"")
			.contains(",\"'@home, \"\"quoted\"\"\",40.75,-8.5,EXACT,")
			.contains(",3,2,")
			.endsWith(",'-1 line,https://dev.lod.coop/essglobal/2.1/standard/organisational-structure/OS20");
		assertThat(csv).doesNotContain(unlisted.id().toString());

		JsonNode json = JSON.readTree(download("/open-data/organizations.json"));
		assertThat(json.get("licence").asString()).isEqualTo("CC-BY-4.0");
		assertThat(json.get("organizations")).hasSize(1);
		assertThat(json.get("organizations").get(0).get("name").asString()).startsWith("=HYPERLINK");
		assertThat(json.get("organizations").get(0).get("longitude").asDouble()).isEqualTo(-8.5);

		JsonNode geo = JSON.readTree(download("/open-data/organizations.geojson"));
		assertThat(geo.get("type").asString()).isEqualTo("FeatureCollection");
		JsonNode point = geo.get("features").get(0).get("geometry").get("coordinates");
		assertThat(point.get(0).asDouble()).isEqualTo(-8.5);
		assertThat(point.get(1).asDouble()).isEqualTo(40.75);

		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(downloadBytes("/open-data/organizations.xlsx")))) {
			List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(1)).isEqualTo("name");
			assertThat(rows.get(1).getCellText(0)).isEqualTo(formula.id().toString());
			// a text that looks like a formula stays text; a longitude stays a number
			assertThat(rows.get(1).getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
			assertThat(rows.get(1).getCellText(1)).startsWith("=HYPERLINK");
			assertThat(rows.get(1).getCell(14).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
			assertThat(rows.get(1).getCellAsNumber(14))
				.hasValueSatisfying((longitude) -> assertThat(longitude.doubleValue()).isEqualTo(-8.5));
			assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("CC-BY-4.0");
		}

		this.mvc.perform(get("/open-data/organizations.csv").param("sort", "<script>"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/open-data/organizations.pdf")).andExpect(status().isNotFound());
	}

	@Test
	void eachKindIsReadInEssglobalTermsByOtherMaps() throws Exception {
		String os = "https://dev.lod.coop/essglobal/2.1/standard/organisational-structure/";
		OrganizationDetails women = registered("Women", OrganizationStatus.ACTIVE);
		OrganizationDetails housing = this.organizations.create(
				TestOrganizations
					.withSubKind(
							TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()),
									"Yuvam Konut Yapı Kooperatifi " + this.word),
							OrganizationKind.COOPERATIVE, "HOUSING"),
				OrganizationStatus.ACTIVE, TestActors.admin());
		OrganizationDetails university = this.organizations.create(
				TestOrganizations.withSubKind(
						TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()),
								"Kocaeli Üniversitesi " + this.word),
						OrganizationKind.UNIVERSITY, null),
				OrganizationStatus.ACTIVE, TestActors.admin());
		SearchIndexed.await(this.searchIndex);

		this.mvc.perform(get("/api/v1/public/organizations/" + women.id()))
			.andExpect(jsonPath("$.essglobalOrganisationalStructure").value(os + "OS115"));
		// a sub-kind's narrower term wins over its kind's
		this.mvc.perform(get("/api/v1/public/organizations/" + housing.id()))
			.andExpect(jsonPath("$.essglobalOrganisationalStructure").value(os + "OS70"));
		// no term fits a university: none is made up
		this.mvc.perform(get("/api/v1/public/organizations/" + university.id()))
			.andExpect(jsonPath("$.essglobalOrganisationalStructure").doesNotExist());

		assertThat(jsonLd(women).get("additionalType").asString()).isEqualTo(os + "OS115");
		assertThat(jsonLd(university).has("additionalType")).isFalse();

		List<String> lines = download("/open-data/organizations.csv").lines().toList();
		assertThat(lines.get(0)).endsWith(",description,essglobalOrganisationalStructure");
		assertThat(lines).filteredOn((line) -> line.startsWith(women.id().toString()))
			.singleElement()
			.satisfies((line) -> assertThat(line).endsWith(",Ev yemekleri ve el emeği ürünleri.," + os + "OS115"));
		assertThat(lines).filteredOn((line) -> line.startsWith(university.id().toString()))
			.singleElement()
			.satisfies((line) -> assertThat(line).endsWith(",Ev yemekleri ve el emeği ürünleri.,"));

		JsonNode json = JSON.readTree(download("/open-data/organizations.json"));
		assertThat(byId(json.get("organizations"), housing.id()).get("essglobalOrganisationalStructure").asString())
			.isEqualTo(os + "OS70");
		JsonNode geo = JSON.readTree(download("/open-data/organizations.geojson"));
		assertThat(byId(geo.get("features"), women.id()).get("properties")
			.get("essglobalOrganisationalStructure")
			.asString()).isEqualTo(os + "OS115");
	}

	private static JsonNode byId(JsonNode items, UUID id) {
		for (JsonNode item : items) {
			if (item.get("id").asString().equals(id.toString())) {
				return item;
			}
		}
		throw new AssertionError("no item " + id);
	}

	private JsonNode jsonLd(OrganizationDetails organization) throws Exception {
		String page = this.mvc.perform(get("/directory/" + organization.id()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("<script type=\"application/ld+json\">") + 35;
		return JSON.readTree(page.substring(start, page.indexOf("</script>", start)));
	}

	private byte[] downloadBytes(String path) throws Exception {
		var started = this.mvc.perform(get(path).param("q", this.word)).andReturn();
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private String download(String path) throws Exception {
		var started = this.mvc.perform(get(path).param("q", this.word))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
			.andReturn();
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Link", containsString("rel=\"license\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aPublicSearchNeverConfirmsAHiddenHouseNumber() throws Exception {
		OrganizationDetails home = this.organizations.create(TestOrganizations.withName(
				new OrganizationDraft("Ev " + this.word, null, OrganizationKind.COOPERATIVE, null, null, null,
						java.util.Map.of(), null, this.kartepe.id(), "Gizli Sokak No 77, Kartepe", 40.75, 30.02,
						java.util.Set.of(), null, null, null, null, null, List.of(), null, null, null, null),
				"Ev " + this.word), OrganizationStatus.ACTIVE, TestActors.admin());
		this.organizations.publish(home.id(), true, LocationPrecision.STREET, null, TestActors.coordinator());
		SearchIndexed.await(this.searchIndex);
		// the street is shown, so it may be found; its number is not, so it may not
		this.mvc.perform(get("/api/v1/public/organizations").param("q", this.word + " gizli sokak"))
			.andExpect(jsonPath("$.totalElements").value(1));
		this.mvc.perform(get("/api/v1/public/organizations").param("q", this.word + " 77"))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc.perform(
				get("/api/v1/public/map").param("bbox", "29,40,31,41").param("zoom", "8").param("q", this.word + " 77"))
			.andExpect(jsonPath("$.total").value(0));
		this.organizations.publish(home.id(), true, LocationPrecision.DISTRICT, null, TestActors.coordinator());
		SearchIndexed.await(this.searchIndex);
		this.mvc.perform(get("/api/v1/public/organizations").param("q", this.word + " gizli"))
			.andExpect(jsonPath("$.totalElements").value(0));
		// coordinators still find it by its whole address
		this.mvc
			.perform(get("/api/v1/organizations").param("q", this.word + " 77").header("Authorization", ADMIN_TOKEN))
			.andExpect(jsonPath("$.totalElements").value(1));
	}

	@Test
	void thePublicPathsAreRateLimitedPerAddress() throws Exception {
		org.springframework.test.web.servlet.request.RequestPostProcessor from = (request) -> {
			request.setRemoteAddr("198.51.100.77");
			return request;
		};
		for (int i = 0; i < 120; i++) {
			this.mvc.perform(get("/api/v1/public/organizations").param("q", this.word).with(from))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/v1/public/organizations").with(from).header("Accept-Language", "tr"))
			.andExpect(status().isTooManyRequests())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Çok fazla istek"));
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(get("/open-data/organizations.csv").param("q", this.word).with(from))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/open-data/organizations.csv").with(from)).andExpect(status().isTooManyRequests());
		// the same path spelled with a percent-encoded letter is the same count
		this.mvc.perform(get(java.net.URI.create("/api/v1/%70ublic/organizations")).with(from))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(get(java.net.URI.create("/%6Fpen-data/organizations.csv")).with(from))
			.andExpect(status().isTooManyRequests());
		// another address is another count
		this.mvc.perform(get("/api/v1/public/organizations").with((request) -> {
			request.setRemoteAddr("198.51.100.78");
			return request;
		})).andExpect(status().isOk());
	}

}
