package org.ortak.organizations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.organizations.RegisterFigures.Figures;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register in figures, from the index: counts by kind, status, region and year, and
 * the women's share over the organizations that give both figures.
 */
@OrtakTest
class FiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	RegisterFigures figures;

	@Autowired
	Regions regions;

	@Autowired
	SearchIndex searchIndex;

	private OrganizationDraft draft(String name, OrganizationKind kind, UUID region, Integer members, Integer women,
			int year) {
		return new OrganizationDraft(name, null, kind, null, null, null, Map.of(), java.time.LocalDate.of(year, 5, 1),
				region, null, null, null, Set.of(), members, women, null, null, null, List.of(), null, null, null,
				null);
	}

	@Test
	void theRegisterCountedByTheIndex() throws Exception {
		RegionView country = this.regions.create(new RegionDraft("Polska figures " + UUID.randomUUID(), null, null),
				TestActors.admin());
		RegionView kielce = this.regions.create(new RegionDraft("Kielce", null, country.id()), TestActors.admin());
		RegionView skarzysko = this.regions.create(new RegionDraft("Skarżysko", null, country.id()),
				TestActors.admin());
		RegionView powiat = this.regions.create(new RegionDraft("powiat", null, skarzysko.id()), TestActors.admin());
		this.organizations.create(draft("CIS", OrganizationKind.COOPERATIVE, powiat.id(), 42, 30, 2010),
				OrganizationStatus.ACTIVE, TestActors.admin());
		this.organizations.create(draft("Stowarzyszenie", OrganizationKind.ASSOCIATION, kielce.id(), 10, null, 2010),
				OrganizationStatus.ACTIVE, TestActors.admin());
		this.organizations.create(draft("Dawna", OrganizationKind.COOPERATIVE, kielce.id(), 20, 5, 1998),
				OrganizationStatus.DISSOLVED, TestActors.admin());
		SearchIndexed.await(this.searchIndex);
		OrganizationQuery inPoland = new OrganizationQuery(null, null, null, country.id(), null, false, 0, 1, null);

		Figures shown = this.figures.publicFigures(inPoland);
		assertThat(shown.organizations()).as("the dissolved one is not listed").isEqualTo(2);
		assertThat(shown.byKind()).extracting(RegisterFigures.Count::key, RegisterFigures.Count::organizations)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("COOPERATIVE", 1L),
					org.assertj.core.groups.Tuple.tuple("ASSOCIATION", 1L));
		// the region counts what lies inside it, at any depth
		assertThat(shown.byRegion()).extracting(RegisterFigures.Count::label, RegisterFigures.Count::organizations)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Kielce", 1L),
					org.assertj.core.groups.Tuple.tuple("Skarżysko", 1L));
		assertThat(shown.members()).isEqualTo(new RegisterFigures.People(1, 42, 30));
		assertThat(shown.byFoundingYear()).extracting(RegisterFigures.Count::key).containsExactly("2010");

		Figures kept = this.figures.registerFigures(inPoland, TestActors.coordinator());
		assertThat(kept.organizations()).isEqualTo(3);
		assertThat(kept.members()).isEqualTo(new RegisterFigures.People(2, 62, 35));
		assertThat(kept.members().womenShare()).isCloseTo(56.45, org.assertj.core.data.Offset.offset(0.01));
		assertThat(kept.byFoundingYear()).extracting(RegisterFigures.Count::key).containsExactly("1998", "2010");
		assertThatThrownBy(() -> this.figures.registerFigures(inPoland, TestActors.manager(UUID.randomUUID())))
			.isInstanceOf(Forbidden.class);

		this.mvc.perform(get("/figures").param("region", country.id().toString()).header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"members-share\">۷۱٫۴ %<")))
			.andExpect(content().string(containsString("dir=\"rtl\"")));
		this.mvc
			.perform(get("/organizations/figures").param("region", country.id().toString())
				.with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"members-share\">56.5 %<")));
		this.mvc.perform(get("/organizations/figures")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/figures/region.csv").param("region", country.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("key,label,organizations\r\n")))
			.andExpect(content().string(containsString(",Kielce,1\r\n")));
		this.mvc
			.perform(get("/organizations/figures/members.csv").param("region", country.id().toString())
				.with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(content().string("organizations,total,women,womenShare\r\n2,62,35,56.5\r\n"));
		this.mvc.perform(get("/figures/nothing.csv")).andExpect(status().isNotFound());
	}

}
