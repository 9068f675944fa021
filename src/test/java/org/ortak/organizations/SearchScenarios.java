package org.ortak.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search as people type, with the names of the stories: inflections, endings, the other
 * spelling of a letter, initials, certifications. Run with the register's scenarios on H2
 * and on PostgreSQL; each test searches a country of its own.
 */
abstract class SearchScenarios extends ImportScenarios {

	@Test
	void polishInflectionFindsTheCentreInSkarzysko() {
		RegionView poland = country("Polska", "PL");
		UUID cis = create(TestOrganizations.inRegion(
				named("Centrum Integracji Społecznej w Skarżysku-Kamiennej", OrganizationKind.REINTEGRATION_ENTITY),
				poland.id()))
			.id();
		for (String words : List.of("skarzysko", "Skarżysko", "skarzysko kamienna", "Skarżysko-Kamienna",
				"centrum integracji spolecznej skarzysko")) {
			assertThat(findIn(poland, words)).as(words).containsExactly(cis);
		}
	}

	@Test
	void polishWordsTypedWithoutTheirMarksFindOtherInflections() {
		RegionView poland = country("Polska", "PL");
		UUID association = create(TestOrganizations.inRegion(
				named("Stowarzyszenie Na Rzecz Spółdzielni Socjalnych", OrganizationKind.ASSOCIATION), poland.id()))
			.id();
		for (String words : List.of("spoldzielnie socjalne", "spółdzielnia socjalna", "Spółdzielni Socjalnych",
				"stowarzyszenia spoldzielni", "spoldz")) {
			assertThat(findIn(poland, words)).as(words).containsExactly(association);
		}
	}

	@Test
	void turkishSuffixesFallAwayInDescriptions() {
		UUID congressCentre = create(withDescription(named("Kocaeli Kongre Merkezi", OrganizationKind.OTHER),
				"Kocaeli Büyükşehir Belediyesi'nin kongre merkezi; Kocaeli Kadın Kooperatifleri Çalıştayı'nın yeri."))
			.id();
		for (String words : List.of("kooperatif", "Kooperatif", "kadin kooperatifi", "calistayi",
				"kocaeli belediyesi")) {
			assertThat(find(words)).as(words).containsExactly(congressCentre);
		}
	}

	@Test
	void persianTypedWithASpaceForTheJoinerOrWithYehHamzaFindsTheWord() {
		RegionView iran = country("ایران", "IR");
		UUID school = create(TestOrganizations
			.inRegion(named("تعاونی دانش‌آموزی دبیرستان شهید بهشتی زنجان", OrganizationKind.COOPERATIVE), iran.id()))
			.id();
		for (String words : List.of("دانش آموزی", "دانش‌آموزی", "دانشآموزی", "تعاونی دانش آموز", "دانش آموزئ",
				"تعاونئ دانش‌آموزئ", "شهئد بهشتئ", "تعاوني دانش آموزي")) {
			assertThat(findIn(iran, words)).as(words).containsExactly(school);
		}
	}

	@Test
	void azerbaijaniSchwaTypedAsEOrAsAFindsTheWord() {
		RegionView azerbaijan = country("Azərbaycan", "AZ");
		UUID society = create(TestOrganizations
			.inRegion(named("D.Əliyeva adına Azərbaycan Qadınlarının Hüquqlarının Müdafiə Cəmiyyəti İctimai Birliyi",
					OrganizationKind.PUBLIC_UNION), azerbaijan.id()))
			.id();
		for (String words : List.of("mudafie", "mudafia", "Müdafiə", "MÜDAFİƏ", "mudaf", "mudafie cemiyyeti",
				"mudafia camiyyati", "huquqlarinin mudafia", "azerbaycan qadinlari", "azarbaycan")) {
			assertThat(findIn(azerbaijan, words)).as(words).containsExactly(society);
		}
	}

	@Test
	void aPlaceIsFoundWithSchwaTypedAsEOrAsA() {
		RegionView azerbaijan = country("Azərbaycan", "AZ");
		RegionView ganja = this.regions.create(new RegionDraft("Gəncə", null, azerbaijan.id()), this.admin);
		UUID inGanja = create(
				TestOrganizations.inRegion(named("Qadınlar Birliyi", OrganizationKind.PUBLIC_UNION), ganja.id()))
			.id();
		for (String words : List.of("Gəncə", "gence", "ganca", "qadinlar ganca")) {
			assertThat(findIn(azerbaijan, words)).as(words).containsExactly(inGanja);
		}
	}

	@Test
	void aNameWithAnInitialIsFoundByTheSurname() {
		RegionView azerbaijan = country("Azərbaycan", "AZ");
		UUID society = create(TestOrganizations
			.inRegion(named("D.Əliyeva adına Azərbaycan Qadınlarının Hüquqlarının Müdafiə Cəmiyyəti İctimai Birliyi",
					OrganizationKind.PUBLIC_UNION), azerbaijan.id()))
			.id();
		for (String words : List.of("Əliyeva", "əliyeva", "Eliyeva", "aliyeva", "ALIYEVA", "D.Əliyeva",
				"d. eliyeva adina", "Əliyeva adına")) {
			assertThat(findIn(azerbaijan, words)).as(words).containsExactly(society);
		}
	}

	@Test
	void certificationsAreSearched() {
		RegionView iran = country("ایران", "IR");
		UUID knifeMakers = create(TestOrganizations.inRegion(
				withCertification(named("تعاونی تولیدی چاقوسازان زنجان", OrganizationKind.COOPERATIVE), "ISO 9001"),
				iran.id()))
			.id();
		UUID other = create(TestOrganizations.inRegion(
				withCertification(named("اتحادیه تعاونی‌های تولیدی استان زنجان", OrganizationKind.COOPERATIVE_UNION),
						"ISO 14001"),
				iran.id()))
			.id();
		assertThat(findIn(iran, "ISO 9001")).containsExactly(knifeMakers);
		assertThat(findIn(iran, "iso 9001 چاقوسازان")).containsExactly(knifeMakers);
		assertThat(findIn(iran, "ISO 14001")).containsExactly(other);
		assertThat(findIn(iran, "iso")).containsExactlyInAnyOrder(knifeMakers, other);
	}

	@Test
	void exactWordsRankBeforeStemsAndBeginnings() {
		UUID inflected = create(named("Körfez Kadın Kooperatifleri Birliği", OrganizationKind.COOPERATIVE_UNION)).id();
		UUID exact = create(named("Gölcük Kadın Kooperatif Evi", OrganizationKind.COOPERATIVE)).id();
		assertThat(find("kooperatif")).containsExactly(exact, inflected);
		RegionView poland = country("Polska", "PL");
		UUID association = create(TestOrganizations.inRegion(
				named("Stowarzyszenie Na Rzecz Spółdzielni Socjalnych", OrganizationKind.ASSOCIATION), poland.id()))
			.id();
		UUID cooperative = create(TestOrganizations
			.inRegion(named("Spółdzielnia Socjalna „PROM”", OrganizationKind.COOPERATIVE), poland.id())).id();
		assertThat(findIn(poland, "spoldzielnia socjalna")).containsExactly(cooperative, association);
		assertThat(findIn(poland, "spoldzielni socjalnych")).containsExactly(association, cooperative);
	}

	@Test
	void aWordFindsWhatItMeansAndNothingElse() {
		UUID kartepe = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id())).id();
		UUID congressCentre = create(withDescription(named("Kocaeli Kongre Merkezi", OrganizationKind.OTHER),
				"Kocaeli Kadın Kooperatifleri Çalıştayı'nın yeri."))
			.id();
		UUID university = create(named("Kocaeli Üniversitesi", OrganizationKind.UNIVERSITY)).id();
		UUID cis = create(
				named("Centrum Integracji Społecznej w Skarżysku-Kamiennej", OrganizationKind.REINTEGRATION_ENTITY))
			.id();
		UUID society = create(
				named("D.Əliyeva adına Azərbaycan Qadınlarının Hüquqlarının Müdafiə Cəmiyyəti İctimai Birliyi",
						OrganizationKind.PUBLIC_UNION))
			.id();
		UUID school = create(named("تعاونی دانش‌آموزی دبیرستان شهید بهشتی زنجان", OrganizationKind.COOPERATIVE)).id();
		assertThat(find("kadın")).containsExactlyInAnyOrder(kartepe, congressCentre);
		assertThat(find("kongre merkezi")).containsExactly(congressCentre);
		assertThat(find("universitesi")).containsExactly(university);
		assertThat(find("kooperatifler")).containsExactlyInAnyOrder(kartepe, congressCentre);
		assertThat(find("skarzysko")).containsExactly(cis);
		assertThat(find("qadın")).containsExactly(society);
		assertThat(find("دانش آموزی")).containsExactly(school);
		for (String unrelated : List.of("balıkçılık", "spoldzielnie socjalne", "universytet", "kadın skarzysko",
				"مدرسه", "ISO 9001", "kadıköy", "integracja kooperatif")) {
			assertThat(find(unrelated)).as(unrelated).isEmpty();
		}
	}

	@Test
	void wordsAreFoundAsTheyAreTyped() {
		UUID kartepe = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id())).id();
		for (String words : List.of("k", "ka", "kar", "kartepe k", "kartepe kad", "kartepe kadın gir")) {
			assertThat(find(words)).as(words).containsExactly(kartepe);
		}
	}

	RegionView country(String name, String code) {
		return this.regions.create(new RegionDraft(name + " " + UUID.randomUUID(), code, null), this.admin);
	}

	List<UUID> findIn(RegionView region, String words) {
		return search(query(words, region.id()));
	}

	static OrganizationDraft withDescription(OrganizationDraft draft, String description) {
		return new OrganizationDraft(draft.name(), draft.shortName(), draft.kind(), draft.subKind(), draft.legalForm(),
				draft.registryNumber(), draft.identifiers(), draft.foundedOn(), draft.regionId(), draft.address(),
				draft.latitude(), draft.longitude(), draft.sectors(), draft.membersTotal(), draft.membersWomen(),
				draft.employeesTotal(), draft.employeesWomen(), draft.incomeGenerating(), draft.certifications(),
				draft.website(), draft.phone(), draft.email(), description);
	}

	static OrganizationDraft withCertification(OrganizationDraft draft, String certification) {
		return new OrganizationDraft(draft.name(), draft.shortName(), draft.kind(), draft.subKind(), draft.legalForm(),
				draft.registryNumber(), draft.identifiers(), draft.foundedOn(), draft.regionId(), draft.address(),
				draft.latitude(), draft.longitude(), draft.sectors(), draft.membersTotal(), draft.membersWomen(),
				draft.employeesTotal(), draft.employeesWomen(), draft.incomeGenerating(),
				List.of(new Certification(certification, LocalDate.of(2025, 9, 14))), draft.website(), draft.phone(),
				draft.email(), draft.description());
	}

}
