package org.ortak.organizations;

import java.util.ArrayList;
import java.util.List;
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
import org.ortak.shared.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Duplicates are found by a folded name in the same place, merged (the duplicate stays as
 * a tombstone pointing to its survivor, both histories kept) or dismissed for good.
 */
@OrtakTest
class DuplicatesTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	Duplicates duplicates;

	@Autowired
	Regions regions;

	@Autowired
	SearchIndex searchIndex;

	RegionView skarzysko;

	RegionView kielce;

	String word;

	@BeforeEach
	void place() {
		RegionView country = this.regions.create(new RegionDraft("Polska dup " + UUID.randomUUID(), null, null),
				TestActors.admin());
		this.skarzysko = this.regions.create(new RegionDraft("Skarżysko-Kamienna", null, country.id()),
				TestActors.admin());
		this.kielce = this.regions.create(new RegionDraft("Kielce", null, country.id()), TestActors.admin());
		this.word = "Prom" + UUID.randomUUID().toString().substring(0, 8);
	}

	private OrganizationDetails registered(String name, RegionView region, Double latitude, Double longitude,
			String website) {
		OrganizationDraft draft = TestOrganizations.at(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(region.id()), name), latitude,
				longitude);
		draft = new OrganizationDraft(draft.name(), draft.shortName(), draft.kind(), draft.subKind(), draft.legalForm(),
				draft.registryNumber(), draft.identifiers(), draft.foundedOn(), draft.regionId(), draft.address(),
				draft.latitude(), draft.longitude(), draft.sectors(), draft.membersTotal(), draft.membersWomen(),
				draft.employeesTotal(), draft.employeesWomen(), draft.incomeGenerating(), draft.certifications(),
				website, draft.phone(), draft.email(), draft.description());
		return this.organizations.create(draft, OrganizationStatus.ACTIVE, TestActors.admin());
	}

	private List<String> pairsOf(UUID id) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/duplicates").param("size", "100").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> pairs = new ArrayList<>();
		for (JsonNode pair : JSON.readTree(body).get("items")) {
			String first = pair.get("first").get("id").asString();
			String second = pair.get("second").get("id").asString();
			if (first.equals(id.toString()) || second.equals(id.toString())) {
				pairs.add(first + " " + second);
			}
		}
		return pairs;
	}

	@Test
	void theSameFoldedNameAtTheSamePlaceIsOfferedAndMergedKeepingBothHistories() throws Exception {
		OrganizationDetails prom = registered("Spółdzielnia Socjalna „PROM” " + this.word, this.skarzysko, 51.1173,
				20.8713, null);
		OrganizationDetails shouted = registered("SPOLDZIELNIA SOCJALNA PROM " + this.word.toUpperCase(),
				this.skarzysko, null, null, "https://prom.example.pl");
		// in Kielce, but only a hundred metres from the first: the same place
		OrganizationDetails nearby = registered("Spoldzielnia socjalna Prom " + this.word, this.kielce, 51.1180,
				20.8720, null);
		// the same name far away is another cooperative; another name here is too
		RegionView warszawa = this.regions.create(new RegionDraft("Warszawa", null, this.kielce.parentId()),
				TestActors.admin());
		OrganizationDetails faraway = registered("Spółdzielnia Socjalna PROM " + this.word, warszawa, 52.23, 21.01,
				null);
		OrganizationDetails other = registered("Spółdzielnia Socjalna Łąka " + this.word, this.skarzysko, null, null,
				null);

		assertThat(pairsOf(prom.id())).containsExactlyInAnyOrder(prom.id() + " " + shouted.id(),
				prom.id() + " " + nearby.id());
		assertThat(pairsOf(faraway.id())).isEmpty();
		assertThat(pairsOf(other.id())).isEmpty();

		// keep the first; the other is folded into it, and it takes the website it lacked
		String merged = this.mvc
			.perform(post("/api/v1/duplicates/merge").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"survivor\":\"" + prom.id() + "\",\"duplicate\":\"" + shouted.id()
						+ "\",\"survivorVersion\":" + prom.version() + ",\"duplicateVersion\":" + shouted.version()
						+ "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.website").value("https://prom.example.pl"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JSON.readTree(merged).get("version").asLong()).isGreaterThan(prom.version());
		assertThat(pairsOf(prom.id())).containsExactly(prom.id() + " " + nearby.id());

		// the tombstone points to the survivor everywhere
		this.mvc.perform(get("/api/v1/organizations/" + shouted.id()).header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mergedInto").value(prom.id().toString()))
			.andExpect(jsonPath("$.archived").value(true));
		this.mvc.perform(get("/api/v1/public/organizations/" + shouted.id()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", endsWith("/api/v1/public/organizations/" + prom.id())))
			.andExpect(jsonPath("$.movedTo").value(prom.id().toString()));
		this.mvc.perform(get("/directory/" + shouted.id()))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/directory/" + prom.id()));
		this.mvc
			.perform(get("/organizations/" + shouted.id()).with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"merged-into\"")))
			.andExpect(content().string(containsString("/organizations/" + prom.id())))
			.andExpect(content().string(not(containsString("/restore"))));
		this.mvc
			.perform(post("/api/v1/organizations/" + shouted.id() + "/restore").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isUnprocessableContent());
		SearchIndexed.await(this.searchIndex);
		this.mvc.perform(get("/api/v1/public/organizations").param("q", this.word))
			.andExpect(jsonPath("$.totalElements").value(4));

		// both histories: the survivor's took the website by the merge, the tombstone's
		// says where it went
		assertThat(this.organizations.history(prom.id(), TestActors.admin(), 0, 10).items().get(0).changes())
			.anySatisfy((change) -> assertThat(change.field()).isEqualTo("website"));
		assertThat(this.organizations.history(shouted.id(), TestActors.admin(), 0, 10).items().get(0).changes())
			.anySatisfy((change) -> {
				assertThat(change.field()).isEqualTo("mergedInto");
				assertThat(change.to()).isEqualTo(prom.id());
			});
		this.mvc
			.perform(get("/organizations/" + shouted.id() + "/history")
				.with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/organizations/" + prom.id())));

		// merging what is merged, or anything into itself, is refused; a stale version
		// too
		this.mvc
			.perform(post("/api/v1/duplicates/merge").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"survivor\":\"" + prom.id() + "\",\"duplicate\":\"" + shouted.id() + "\"}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/api/v1/duplicates/merge").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"survivor\":\"" + prom.id() + "\",\"duplicate\":\"" + nearby.id()
						+ "\",\"survivorVersion\":" + prom.version() + "}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/duplicates/merge").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"duplicate\":\"" + nearby.id() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("survivor"));
	}

	@Test
	void aMergedPairIsShownAsPrivatelyAsTheMorePrivateOfThem() throws Exception {
		OrganizationDetails home = registered("Ev Kooperatifi " + this.word, this.skarzysko, 51.1234567, 20.8765432,
				null);
		this.organizations.publish(home.id(), false, LocationPrecision.DISTRICT, null, TestActors.coordinator());
		OrganizationDetails listed = registered("Ev Kooperatifi " + this.word, this.skarzysko, null, null, null);
		OrganizationDetails survivor = this.duplicates.merge(listed.id(), home.id(), null, null, TestActors.admin());
		assertThat(survivor.locationPrecision()).isEqualTo(LocationPrecision.DISTRICT);
		assertThat(survivor.listed()).isFalse();
		this.mvc.perform(get("/api/v1/public/organizations/" + listed.id())).andExpect(status().isNotFound());
		// however the merged one's id is spelled, its address points once to the survivor
		this.mvc
			.perform(get("/api/v1/organizations/" + home.id().toString().toUpperCase(java.util.Locale.ROOT))
				.header("Authorization", ADMIN_TOKEN))
			.andExpect(jsonPath("$.mergedInto").value(listed.id().toString()));
		this.organizations.publish(listed.id(), true, LocationPrecision.DISTRICT, null, TestActors.coordinator());
		this.mvc.perform(get("/directory/" + home.id().toString().toUpperCase(java.util.Locale.ROOT)))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/directory/" + listed.id()));
		this.mvc.perform(get("/api/v1/duplicates").param("page", "2147483647").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void aDismissedPairIsNotOfferedAgainAndOnlyKeepersSeeThePairs() throws Exception {
		OrganizationDetails first = registered("CIS Skarżysko " + this.word, this.skarzysko, null, null, null);
		OrganizationDetails second = registered("CIS Skarzysko " + this.word, this.skarzysko, null, null, null);
		assertThat(pairsOf(first.id())).hasSize(1);
		this.mvc
			.perform(get("/duplicates").with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Olası mükerrer kayıtlar")))
			.andExpect(content().string(containsString(second.id().toString())));
		this.mvc
			.perform(post("/duplicates/dismiss").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.param("first", second.id().toString())
				.param("second", first.id().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(pairsOf(first.id())).isEmpty();

		this.mvc.perform(get("/duplicates").with(TestActors.signedIn(TestActors.manager(first.id()))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/duplicates")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/duplicates").param("size", "1000").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void aNewOrganizationLikeOneAlreadyHereIsRegisteredOnlyWhenTheUserSaysItDiffers() throws Exception {
		registered("Kooperatywa Świętokrzyska " + this.word, this.kielce, null, null, null);
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "Kooperatywa Swietokrzyska " + this.word)
				.param("kind", "COOPERATIVE")
				.param("status", "ACTIVE")
				.param("regionId", this.kielce.id().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"possible-duplicates\"")))
			.andExpect(content().string(containsString("already registered at this place")))
			.andExpect(content().string(containsString("value=\"Kooperatywa Swietokrzyska " + this.word + "\"")));
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.param("name", "Kooperatywa Swietokrzyska " + this.word)
				.param("kind", "COOPERATIVE")
				.param("status", "ACTIVE")
				.param("regionId", this.kielce.id().toString())
				.param("notDuplicate", "true"))
			.andExpect(status().is3xxRedirection());
	}

}
