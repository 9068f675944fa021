package org.ortak.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public map: a view answers the points of the listed organizations in it when few,
 * clusters counted by the index when many, each place only as precise as its organization
 * chose; a bad view is a problem naming what is wrong.
 */
@OrtakTest
class PublicMapTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Kocaeli and around, west,south,east,north. */
	private static final String KOCAELI = "29.3,40.5,30.5,41.2";

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
		RegionView country = this.regions.create(new RegionDraft("Türkiye map " + UUID.randomUUID(), null, null),
				TestActors.admin());
		this.kartepe = this.regions.create(new RegionDraft("Kartepe", null, country.id()), TestActors.admin());
		this.word = "Harita" + UUID.randomUUID().toString().substring(0, 8);
	}

	private OrganizationDetails registered(String name, double latitude, double longitude) {
		OrganizationDraft draft = TestOrganizations.at(TestOrganizations
			.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), name + " " + this.word), latitude,
				longitude);
		return this.organizations.create(draft, OrganizationStatus.ACTIVE, TestActors.admin());
	}

	private JsonNode map(String bbox, int zoom) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/public/map").param("bbox", bbox)
				.param("zoom", Integer.toString(zoom))
				.param("q", this.word))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	@Test
	void aViewOfFewShowsEachListedPointAsPreciselyAsItsOrganizationChose() throws Exception {
		OrganizationDetails exact = registered("Exact", 40.7536, 30.0233);
		OrganizationDetails street = registered("Street", 40.76543, 29.91234);
		this.organizations.publish(street.id(), true, LocationPrecision.STREET, null, TestActors.coordinator());
		OrganizationDetails district = registered("Home", 40.7701, 29.9801);
		this.organizations.publish(district.id(), true, LocationPrecision.DISTRICT, null, TestActors.coordinator());
		OrganizationDetails unlisted = registered("Unlisted", 40.7702, 29.9802);
		this.organizations.publish(unlisted.id(), false, LocationPrecision.EXACT, null, TestActors.coordinator());
		OrganizationDetails archived = registered("Archived", 40.7703, 29.9803);
		this.organizations.archive(archived.id(), null, TestActors.admin());
		OrganizationDetails faraway = registered("Kielce", 50.8661, 20.6286);
		SearchIndexed.await(this.searchIndex);

		JsonNode view = map(KOCAELI, 10);
		assertThat(view.get("total").asLong()).isEqualTo(2);
		assertThat(view.get("clusters")).isEmpty();
		List<String> ids = new ArrayList<>();
		view.get("points").forEach((point) -> ids.add(point.get("id").asString()));
		assertThat(ids).containsExactlyInAnyOrder(exact.id().toString(), street.id().toString());
		JsonNode exactPoint = point(view, exact.id());
		assertThat(exactPoint.get("latitude").asDouble()).isEqualTo(40.7536);
		assertThat(exactPoint.get("longitude").asDouble()).isEqualTo(30.0233);
		assertThat(exactPoint.get("name").asString()).isEqualTo("Exact " + this.word);
		assertThat(exactPoint.get("kind").asString()).isEqualTo("COOPERATIVE");
		JsonNode streetPoint = point(view, street.id());
		assertThat(streetPoint.get("latitude").asDouble()).as("about a hundred metres").isEqualTo(40.765);
		assertThat(streetPoint.get("longitude").asDouble()).isEqualTo(29.912);

		// the whole world at the smallest zoom finds Kielce too; a view elsewhere finds
		// none
		assertThat(map("-180,-85,180,85", 0).get("total").asLong()).isEqualTo(3);
		assertThat(map("-10,-10,10,10", 5).get("total").asLong()).isZero();
		assertThat(faraway.listed()).isTrue();

		// the directory's filters apply: no company among them
		this.mvc
			.perform(get("/api/v1/public/map").param("bbox", KOCAELI)
				.param("zoom", "10")
				.param("q", this.word)
				.param("kind", "COMPANY"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aViewOfManyIsClusteredByTheIndexIntoCellsAtTheMeanOfTheirPoints() throws Exception {
		// more than a view shows one by one: in İzmit and in Gebze, two cells at zoom 8
		int izmit = MapSearch.POINTS + 40;
		for (int i = 0; i < izmit; i++) {
			registered("İzmit " + i, 40.76 + (i % 10) * 0.001, 29.92 + (i / 10) * 0.001);
		}
		for (int i = 0; i < 50; i++) {
			registered("Gebze " + i, 40.80 + (i % 5) * 0.002, 29.43 + (i / 5) * 0.002);
		}
		SearchIndexed.await(this.searchIndex);

		JsonNode view = map(KOCAELI, 8);
		assertThat(view.get("total").asLong()).isEqualTo(izmit + 50);
		assertThat(view.get("points")).isEmpty();
		JsonNode clusters = view.get("clusters");
		assertThat(clusters).hasSize(2);
		JsonNode first = clusters.get(0);
		assertThat(first.get("count").asLong()).isEqualTo(izmit);
		assertThat(first.get("latitude").asDouble()).isCloseTo(40.7645, offset(1e-4));
		assertThat(first.get("longitude").asDouble()).isCloseTo(29.92 + (izmit / 10 - 1) * 0.0005, offset(1e-4));
		JsonNode second = clusters.get(1);
		assertThat(second.get("count").asLong()).isEqualTo(50);
		assertThat(second.get("latitude").asDouble()).isCloseTo(40.804, offset(1e-4));
		assertThat(second.get("longitude").asDouble()).isCloseTo(29.439, offset(1e-4));

		// closer in, the same organizations fall in more cells, and every one is counted
		JsonNode closer = map("29.85,40.70,30.0,40.80", 16);
		long counted = 0;
		for (JsonNode cluster : closer.get("clusters")) {
			counted += cluster.get("count").asLong();
		}
		assertThat(closer.get("clusters").size()).isGreaterThan(2);
		assertThat(counted).isEqualTo(izmit).isEqualTo(closer.get("total").asLong());
	}

	@Test
	void aBadViewIsAProblemNamingWhatIsWrong() throws Exception {
		for (String bbox : List.of("", "1,2,3", "a,b,c,d", "-181,40,30,41", "30,40,29,41", "29,41,30,40",
				"29,-91,30,40", "0x10,40,30,41", "NaN,40,30,41", "29,40,Infinity,41", "1e2,40,30,41")) {
			this.mvc.perform(get("/api/v1/public/map").param("bbox", bbox).param("zoom", "6"))
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", containsString("application/problem+json")))
				.andExpect(jsonPath("$.errors[*].field", hasItem("bbox")));
		}
		for (String zoom : List.of("-1", "21", "99999999999")) {
			this.mvc.perform(get("/api/v1/public/map").param("bbox", KOCAELI).param("zoom", zoom))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("zoom")));
		}
		// both at once, in the reader's language
		this.mvc
			.perform(get("/api/v1/public/map").param("bbox", "west,south,east,north").header("Accept-Language", "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("bbox")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("zoom")))
			.andExpect(content().string(containsString("batı,güney,doğu,kuzey")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void theMapPageIsPublicAndItsPolicyAdmitsTheTileHostAlone() throws Exception {
		this.mvc.perform(get("/map").param("kind", "COOPERATIVE").header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mapa rejestru")))
			.andExpect(content().string(containsString("/leaflet.js")))
			.andExpect(
					content().string(containsString("data-tiles=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"")))
			.andExpect(header().string("Content-Security-Policy",
					containsString("img-src 'self' data: https://tile.openstreetmap.org;")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
		this.mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("/api/v1/public/map")));
	}

	private static JsonNode point(JsonNode view, UUID id) {
		for (JsonNode point : view.get("points")) {
			if (point.get("id").asString().equals(id.toString())) {
				return point;
			}
		}
		throw new AssertionError("no point " + id);
	}

}
