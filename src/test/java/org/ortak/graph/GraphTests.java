package org.ortak.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.agreements.Agreements;
import org.ortak.events.Events;
import org.ortak.networks.ContributionDraft;
import org.ortak.networks.ContributionKind;
import org.ortak.networks.ContributionStatus;
import org.ortak.networks.ContributionVisibility;
import org.ortak.networks.Contributions;
import org.ortak.networks.NetworkSummary;
import org.ortak.networks.Networks;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestCountries;
import org.ortak.organizations.TestOrganizations;
import org.ortak.regions.Regions;
import org.ortak.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The collaboration graph of the demo data: the Bursa platform ties its companies and
 * NGOs, the Zanjan memorandum the directorate and the university; the graph is for who is
 * signed in or holds a token; a confidential contribution ties its giver only for who may
 * see it; a large graph is grouped by region and kind; an organization's partners on its
 * page.
 */
@OrtakTest
class GraphTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	CollaborationGraph graph;

	@Autowired
	Networks networks;

	@Autowired
	Contributions contributions;

	@Autowired
	Agreements agreements;

	@Autowired
	Events events;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	MessageSource messages;

	private UUID bursaPlatform() {
		List<NetworkSummary> found = this.networks.search("Bursa Sosyal Sorumluluk", null, null, 0, 5).items();
		return found.get(0).id();
	}

	@Test
	void theDemosPlatformAndMemorandumTieTheirOrganizationsForWhoIsSignedIn() throws Exception {
		UUID platform = bursaPlatform();
		String body = this.mvc.perform(get("/api/v1/graph").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aggregated").value(false))
			.andExpect(jsonPath("$.nodes[*].data.id").value(hasItem("network:" + platform)))
			.andExpect(jsonPath("$.nodes[*].data.label").value(hasItem("Villa Verde")))
			.andExpect(jsonPath("$.nodes[*].data.label")
				.value(hasItem("تفاهم‌نامه ترویج فرهنگ تعاون و شرکت‌های دانش‌بنیان تعاونی")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> platformCount = JsonPath.read(body,
				"$.nodes[?(@.data.id == 'network:" + platform + "')].data.count");
		assertThat(platformCount).containsExactly(5);
		List<String> toPlatform = JsonPath.read(body,
				"$.edges[?(@.data.target == 'network:" + platform + "')].data.relation");
		assertThat(toPlatform).hasSize(5).anySatisfy((relation) -> assertThat(relation).contains("HOST"));

		this.mvc.perform(get("/api/v1/graph")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/graph.json")).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/graph").with(TestActors.signedIn(TestActors.coordinator())).header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("Bursa Sosyal Sorumluluk Platformu")));
		// filtered by kind: the platform's companies and NGOs are no universities
		String universities = this.mvc
			.perform(get("/graph.json").param("kind", "UNIVERSITY").with(TestActors.signedIn(TestActors.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(universities, "$.nodes[*].data.id");
		assertThat(ids).doesNotContain("network:" + platform);
	}

	@Test
	void aConfidentialContributionTiesItsGiverOnlyForWhoMaySeeIt() {
		UUID platform = bursaPlatform();
		UUID region = TestCountries.regionIn(this.regions, "TR").id();
		UUID giver = this.organizations
			.create(TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(region),
					"Gizli Bağışçı " + UUID.randomUUID()), OrganizationStatus.ACTIVE, TestActors.admin())
			.id();
		this.contributions.record(platform,
				new ContributionDraft(null, giver, null, ContributionKind.MONEY, ContributionStatus.DELIVERED,
						ContributionVisibility.COORDINATORS, LocalDate.of(2025, 12, 16), null,
						new java.math.BigDecimal("25000"), "TRY", null, null, null),
				TestActors.admin());
		assertThat(this.graph.partners(giver, TestActors.admin())).isNotEmpty();
		assertThat(this.graph.partners(giver, TestActors.manager(giver))).isNotEmpty();
		assertThat(this.graph.partners(giver, Actor.ANONYMOUS)).isEmpty();
		assertThat(this.graph.partners(giver, TestActors.manager(UUID.randomUUID()))).isEmpty();
		Graph seen = this.graph.graph(new GraphQuery(null, null, null, null), TestActors.manager(UUID.randomUUID()),
				Locale.ENGLISH);
		assertThat(seen.nodes()).extracting((n) -> n.data().id()).doesNotContain("o:" + giver);
	}

	@Test
	void aLargeGraphIsGroupedByRegionAndKindAndEveryTieIsCounted() {
		CollaborationGraph small = new CollaborationGraph(this.networks, this.contributions, this.agreements,
				this.events, this.organizations, this.regions, this.messages, 10);
		Graph full = this.graph.graph(new GraphQuery(null, null, null, null), TestActors.admin(), Locale.ENGLISH);
		Graph grouped = small.graph(new GraphQuery(null, null, null, null), TestActors.admin(), Locale.ENGLISH);
		assertThat(full.aggregated()).isFalse();
		assertThat(grouped.aggregated()).isTrue();
		assertThat(grouped.organizations()).isEqualTo(full.organizations());
		assertThat(grouped.nodes()).anySatisfy((n) -> assertThat(n.data().type()).isEqualTo("group"))
			.noneSatisfy((n) -> assertThat(n.data().type()).isEqualTo("organization"));
		// the hubs kept keep every tie, as weights
		int kept = grouped.nodes()
			.stream()
			.filter((n) -> !n.data().type().equals("group"))
			.mapToInt((n) -> n.data().count())
			.sum();
		assertThat(grouped.edges().stream().mapToInt((e) -> e.data().weight()).sum()).isEqualTo(kept);
		assertThat(grouped.hubs() - grouped.hubsLeftOut())
			.isEqualTo((int) grouped.nodes().stream().filter((n) -> !n.data().type().equals("group")).count());
		assertThat(grouped.nodes()).filteredOn((n) -> n.data().type().equals("group"))
			.extracting((n) -> n.data().label())
			.anySatisfy((label) -> assertThat(label).contains("Bursa"));
	}

	@Test
	void anOrganizationsPartnersAreOnItsPage() throws Exception {
		UUID platform = bursaPlatform();
		UUID villaVerde = this.networks.get(platform, TestActors.admin())
			.members()
			.stream()
			.filter((m) -> m.name().contains("Villa Verde"))
			.findFirst()
			.orElseThrow()
			.organizationId();
		this.mvc.perform(get("/graph/partners/" + villaVerde).header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yeşim")))
			.andExpect(content().string(containsString("Bursa Sosyal Sorumluluk Platformu")));
	}

}
