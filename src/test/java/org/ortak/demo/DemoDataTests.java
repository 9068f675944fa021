package org.ortak.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.shared.search.SearchIndex;
import org.ortak.organizations.OrganizationDetails;
import org.ortak.organizations.OrganizationDetails.StatusChangeView;
import org.ortak.organizations.OrganizationQuery;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.OrganizationSummary;
import org.ortak.organizations.Organizations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new installation shows the five stories' register.
 */
@OrtakTest
class DemoDataTests {

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	Organizations organizations;

	@Test
	void theStoriesOrganizationsAreThereInTheirOwnScripts() {
		assertThat(names("kocaeli buyuksehir")).contains("Kocaeli Büyükşehir Belediyesi");
		assertThat(names("yesim grup")).contains("Yeşim Grup");
		assertThat(names("تعاون کار رفاه زنجان")).contains("اداره کل تعاون، کار و رفاه اجتماعی استان زنجان");
		assertThat(names("qadinlarinin huquqlarinin"))
			.contains("D.Əliyeva adına Azərbaycan Qadınlarının Hüquqlarının Müdafiə Cəmiyyəti İctimai Birliyi");
		assertThat(names("spoldzielnia socjalna prom")).contains("Spółdzielnia Socjalna „PROM”");
		assertThat(names("centrum integracji skarzysku"))
			.contains("Centrum Integracji Społecznej w Skarżysku-Kamiennej");
	}

	@Test
	void anInactiveCooperativeWasReactivatedAsInTheZanjanStory() {
		OrganizationSummary knifeMakers = search("چاقوسازان").get(0);
		OrganizationDetails details = this.organizations.get(knifeMakers.id(), TestActors.admin());
		assertThat(details.status()).isEqualTo(OrganizationStatus.ACTIVE);
		assertThat(details.statusHistory()).extracting(StatusChangeView::to)
			.containsExactly(OrganizationStatus.ACTIVE, OrganizationStatus.INACTIVE, OrganizationStatus.SEMI_ACTIVE,
					OrganizationStatus.ACTIVE);
		assertThat(details.statusHistory().get(0).reason()).contains("فعال‌سازی مجدد");
	}

	@Test
	void theStoriesPlacesFindTheirOrganizationsInEveryLanguage() {
		for (String kielce : List.of("Kielce", "kielce", "کیلتسه")) {
			assertThat(names(kielce)).as(kielce).contains("Regionalny Ośrodek Polityki Społecznej w Kielcach");
		}
		assertThat(names("Turcja")).contains("Kocaeli Valiliği", "Yeşim Grup");
		assertThat(names("turkey kartepe")).isEmpty();
		assertThat(names("gebze")).isEmpty();
		assertThat(names("zencan")).contains("دانشگاه زنجان");
		assertThat(names("skarzyski")).contains("Centrum Integracji Społecznej w Skarżysku-Kamiennej");
		// no organization is seated in Masallı; the women's rights society's project
		// worked there
		assertThat(names("Masallı"))
			.containsExactly("D.Əliyeva adına Azərbaycan Qadınlarının Hüquqlarının Müdafiə Cəmiyyəti İctimai Birliyi");
	}

	private List<String> names(String words) {
		return search(words).stream().map(OrganizationSummary::name).toList();
	}

	private List<OrganizationSummary> search(String words) {
		SearchIndexed.await(this.searchIndex);
		return this.organizations
			.search(new OrganizationQuery(words, null, null, null, null, false, 0, 50, null), TestActors.admin())
			.items();
	}

}
