package org.ortak.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionLevel;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Violation;
import org.ortak.shared.history.ChangeChannel;
import org.ortak.shared.history.FieldChange;
import org.ortak.shared.history.HistoryEntry;
import org.ortak.shared.history.HistoryPage;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.search.SearchIndex;
import org.ortak.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register against a real database and the real search index. Run on H2 and on
 * PostgreSQL by the subclasses. Each test works in a country of its own, so the tests
 * share one application context without seeing each other's data.
 */
abstract class RegisterScenarios {

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	OrganizationRepository repository;

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	PublicDirectory directory;

	final Actor admin = TestActors.admin();

	RegionView country;

	RegionView kocaeli;

	RegionView kartepe;

	RegionView bursa;

	@BeforeEach
	void places() {
		this.country = this.regions.create(new RegionDraft("Türkiye " + UUID.randomUUID(), "TR", null), this.admin);
		this.kocaeli = this.regions.create(new RegionDraft("Kocaeli", "41", this.country.id()), this.admin);
		this.kartepe = this.regions.create(new RegionDraft("Kartepe", null, this.kocaeli.id()), this.admin);
		this.bursa = this.regions.create(new RegionDraft("Bursa", "16", this.country.id()), this.admin);
	}

	@Test
	void thePublicDirectoryShowsOnlyWhatIsListedAsPreciselyAsChosen() {
		OrganizationDetails listed = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()));
		OrganizationDetails unlisted = create(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), "Gizli"));
		this.organizations.publish(unlisted.id(), false, LocationPrecision.EXACT, null, this.admin);
		this.organizations.publish(listed.id(), true, LocationPrecision.DISTRICT, null, this.admin);
		SearchIndexed.await(this.searchIndex);
		var found = this.directory
			.search(new OrganizationQuery("kartepe kadin", null, null, this.country.id(), null, true, 0, 20, null));
		assertThat(found.items()).extracting(PublicOrganization::id).containsExactly(listed.id());
		assertThat(found.items().get(0).latitude()).isNull();
		assertThat(found.items().get(0).address()).isNull();
		assertThatThrownBy(() -> this.directory.get(unlisted.id())).isInstanceOf(NotFound.class);
	}

	@Test
	void theMapCountsTheListedOrganizationsOfAViewInTheIndex() {
		OrganizationDetails kartepe = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()));
		OrganizationDetails bursa = create(TestOrganizations.at(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.bursa.id()), "Bursa Kadın"),
				40.1885, 29.061));
		OrganizationDetails home = create(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), "Ev"));
		this.organizations.publish(home.id(), true, LocationPrecision.DISTRICT, null, this.admin);
		SearchIndexed.await(this.searchIndex);
		OrganizationQuery inCountry = new OrganizationQuery(null, null, null, this.country.id(), null, false, 0, 1,
				null);
		PublicMap few = this.directory.map(inCountry, "28,39,31,42", 8);
		assertThat(few.points()).extracting(PublicMap.Point::id).containsExactlyInAnyOrder(kartepe.id(), bursa.id());
		// the whole world at the smallest zoom counts the same two (the one shown only by
		// its region is on no map)
		PublicMap world = this.directory.map(inCountry, "-180,-85,180,85", 0);
		assertThat(world.total()).isEqualTo(2);
	}

	@Test
	void foldedWordsFindTurkishNames() {
		OrganizationDetails kartepeCooperative = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()));
		for (String words : List.of("kartepe kadin", "KARTEPE KADIN", "Kartepe Kadın", "kartep", "girisimi isletme")) {
			assertThat(find(words)).as(words).contains(kartepeCooperative.id());
		}
		UUID istanbul = create(named("İstanbul Kadın Emeği Derneği", OrganizationKind.ASSOCIATION)).id();
		assertThat(find("istanbul")).contains(istanbul);
		assertThat(find("ISTANBUL")).contains(istanbul);
		assertThat(find("kadin emegi")).contains(istanbul);
	}

	@Test
	void foldedWordsFindPolishAndPersianNames() {
		UUID laka = create(named("Spółdzielnia Socjalna „Łąka”", OrganizationKind.COOPERATIVE)).id();
		assertThat(find("spoldzielnia laka")).contains(laka);
		UUID withJoiner = create(named("تعاونی‌های دانش‌آموزی زنجان", OrganizationKind.COOPERATIVE)).id();
		assertThat(find("تعاونیهای دانشآموزی")).contains(withJoiner);
		assertThat(find("تعاونی‌های دانش‌آموزی")).contains(withJoiner);
		UUID schwa = create(named("Azərbaycan Qadın Təşəbbüsləri Birliyi", OrganizationKind.ASSOCIATION)).id();
		assertThat(find("azerbaycan qadin tesebbusleri")).contains(schwa);
		assertThat(find("Azərbaycan")).contains(schwa);
		UUID arabicLetters = create(named("تعاوني كشاورزي زنجان", OrganizationKind.COOPERATIVE)).id();
		assertThat(find("تعاونی کشاورزی")).contains(arabicLetters);
	}

	@Test
	void aRegionFilterIncludesItsSubRegions() {
		UUID inKartepe = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id())).id();
		UUID inBursa = create(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.bursa.id()), "Bursa Kadın"))
			.id();
		assertThat(search(query(null, this.kocaeli.id()))).containsExactly(inKartepe);
		assertThat(search(query(null, this.country.id()))).containsExactlyInAnyOrder(inKartepe, inBursa);
		assertThat(search(query(null, this.bursa.id()))).containsExactly(inBursa);
	}

	@Test
	void filtersCombineWithWords() {
		UUID cooperative = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id())).id();
		UUID association = create(named("Kartepe Kültür Derneği", OrganizationKind.ASSOCIATION)).id();
		OrganizationQuery cooperatives = new OrganizationQuery("kartepe", OrganizationKind.COOPERATIVE, null,
				this.country.id(), null, false, 0, 20, null);
		assertThat(search(cooperatives)).containsExactly(cooperative);
		OrganizationQuery food = new OrganizationQuery(null, null, OrganizationStatus.ACTIVE, this.country.id(),
				Sector.FOOD, false, 0, 20, "name");
		assertThat(search(food)).containsExactly(cooperative).doesNotContain(association);
	}

	@Test
	void registryNumbersAreUniquePerCountry() {
		OrganizationDraft first = TestOrganizations
			.withRegistry(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), "KO-1234");
		create(first);
		OrganizationDraft sameNumber = TestOrganizations
			.withRegistry(TestOrganizations.withName(first, "Başka Kooperatif"), "ko 1234");
		assertThatThrownBy(() -> create(sameNumber)).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::field)
				.containsExactly("registryNumber"));
		// the same number written with invisible characters, another width or other
		// digits
		for (String disguised : List.of("KO\u200B-1234", "KO\u00AD1234", "ＫＯ-１２３４", "KO-\u0661\u0662\u0663\u0664",
				"KO\u20111234", "ko-۱۲۳۴")) {
			assertThatThrownBy(() -> create(TestOrganizations.withRegistry(sameNumber, disguised))).as(disguised)
				.isInstanceOf(InvalidInput.class);
		}
		RegionView poland = this.regions.create(new RegionDraft("Polska " + UUID.randomUUID(), "PL", null), this.admin);
		OrganizationDraft elsewhere = TestOrganizations.withRegistry(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(poland.id()), "PROM"), "KO-1234");
		assertThat(create(elsewhere).registryNumber()).isEqualTo("KO-1234");
	}

	@Test
	void aRaceOnTheRegistryNumberIsCaughtByTheDatabaseByName() {
		OrganizationDraft first = TestOrganizations
			.withRegistry(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), "KO-777");
		create(first);
		// what a second request would write had it passed the service's check at the same
		// moment
		Organization racing = Organization.register(TestOrganizations.withName(first, "Racing"), this.kartepe,
				OrganizationStatus.ACTIVE, "race", java.time.Instant.now());
		assertThatThrownBy(() -> this.repository.saveAndFlush(racing))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
			.satisfies((ex) -> assertThat(
					((org.springframework.dao.DataIntegrityViolationException) ex).getMostSpecificCause().getMessage())
				.containsIgnoringCase("organization_registry_uk"));
	}

	@Test
	void aTurkishWomensCooperativeKeepsItsSubKindAndMersisNumberInAsciiDigits() {
		RegionView turkey = TestCountries.regionIn(this.regions, "TR");
		String mersis = TestIdentifiers.mersis();
		String vkn = TestIdentifiers.vkn();
		OrganizationDetails created = create(TestOrganizations.withSubKind(
				TestOrganizations.withIdentifiers(TestOrganizations.kartepeWomensCooperative(turkey.id()),
						Map.of("MERSIS", TestIdentifiers.inPersianDigits(mersis), "VKN", " " + vkn + " ")),
				OrganizationKind.COOPERATIVE, "WOMEN_ENTERPRISE"));
		assertThat(created.subKind()).isEqualTo("WOMEN_ENTERPRISE");
		assertThat(created.identifiers()).containsExactly(Map.entry("MERSIS", mersis), Map.entry("VKN", vkn));
		assertThat(this.organizations.get(created.id(), this.admin).identifiers()).containsEntry("MERSIS", mersis);
	}

	@Test
	void subKindsFollowTheKindAndTheCountry() {
		RegionView poland = TestCountries.regionIn(this.regions, "PL");
		OrganizationDraft turkish = TestOrganizations.withSubKind(
				TestOrganizations.kartepeWomensCooperative(poland.id()), OrganizationKind.COOPERATIVE,
				"WOMEN_ENTERPRISE");
		assertThat(refused(turkish)).extracting(Violation::field, Violation::messageKey)
			.containsExactly(Tuple.tuple("subKind", "organizations.error.subKindCountry"));
		OrganizationDraft typed = TestOrganizations.withSubKind(turkish, OrganizationKind.COOPERATIVE,
				"Kadın kooperatifi");
		assertThat(refused(typed)).extracting(Violation::field, Violation::messageKey)
			.containsExactly(Tuple.tuple("subKind", "organizations.error.unknownSubKind"));
		OrganizationDraft cisCooperative = TestOrganizations.withSubKind(turkish, OrganizationKind.COOPERATIVE, "CIS");
		assertThat(refused(cisCooperative)).extracting(Violation::messageKey)
			.containsExactly("organizations.error.subKind");
		OrganizationDraft cis = TestOrganizations.withSubKind(turkish, OrganizationKind.REINTEGRATION_ENTITY, "CIS");
		assertThat(create(cis).subKind()).isEqualTo("CIS");
		OrganizationDraft school = TestOrganizations.withSubKind(turkish, OrganizationKind.COOPERATIVE,
				"SCHOOL_STUDENT");
		assertThat(
				create(TestOrganizations.inRegion(school, TestCountries.regionIn(this.regions, "TR").id())).subKind())
			.isEqualTo("SCHOOL_STUDENT");
	}

	@Test
	void nationalIdentifiersAreCheckedAndUniqueInTheirCountry() {
		RegionView poland = TestCountries.regionIn(this.regions, "PL");
		OrganizationDraft prom = TestOrganizations.withSubKind(TestOrganizations
			.withName(TestOrganizations.kartepeWomensCooperative(poland.id()), "Spółdzielnia Socjalna „PROM”"),
				OrganizationKind.COOPERATIVE, "SOCIAL");
		String nip = TestIdentifiers.nip();
		String krs = TestIdentifiers.krs();
		assertThat(refused(TestOrganizations.withIdentifiers(prom,
				Map.of("NIP", TestIdentifiers.withWrongCheckDigit(nip), "KRS", "12345", "REGON", "12-34a", "VKN",
						TestIdentifiers.vkn(), "EDRPOU", "1"))))
			.extracting(Violation::field, Violation::messageKey)
			.containsExactlyInAnyOrder(Tuple.tuple("identifiers[NIP]", "organizations.error.identifierChecksum"),
					Tuple.tuple("identifiers[KRS]", "organizations.error.identifierLength"),
					Tuple.tuple("identifiers[REGON]", "organizations.error.identifierDigits"),
					Tuple.tuple("identifiers[VKN]", "organizations.error.identifierCountry"),
					Tuple.tuple("identifiers[EDRPOU]", "organizations.error.unknownIdentifier"));
		OrganizationDetails created = create(TestOrganizations.withIdentifiers(prom,
				Map.of("NIP", TestIdentifiers.inPersianDigits(nip), "KRS", krs)));
		assertThat(created.identifiers()).containsEntry("NIP", nip).containsEntry("KRS", krs);
		OrganizationDraft sameNip = TestOrganizations.withIdentifiers(TestOrganizations.withName(prom, "Inna"),
				Map.of("NIP", nip.substring(0, 3) + "-" + nip.substring(3)));
		assertThat(refused(sameNip)).extracting(Violation::field, Violation::messageKey)
			.containsExactly(Tuple.tuple("identifiers[NIP]", "organizations.error.identifierTaken"));
		// its own number is no clash when it is saved again; one left out is removed
		OrganizationDetails updated = this.organizations.update(created.id(),
				TestOrganizations.withIdentifiers(prom, Map.of("NIP", nip)), created.version(), this.admin);
		assertThat(updated.identifiers()).containsExactly(Map.entry("NIP", nip));
	}

	@Test
	void aRaceOnAnIdentifierIsCaughtByTheDatabaseByName() {
		RegionView turkey = TestCountries.regionIn(this.regions, "TR");
		OrganizationDraft first = TestOrganizations.withIdentifiers(
				TestOrganizations.kartepeWomensCooperative(turkey.id()), Map.of("MERSIS", TestIdentifiers.mersis()));
		create(first);
		Organization racing = Organization.register(TestOrganizations.withName(first, "Racing"), turkey,
				OrganizationStatus.ACTIVE, "race", java.time.Instant.now());
		assertThatThrownBy(() -> this.repository.saveAndFlush(racing))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
			.satisfies((ex) -> assertThat(
					((org.springframework.dao.DataIntegrityViolationException) ex).getMostSpecificCause().getMessage())
				.containsIgnoringCase("organization_identifier_uk"));
	}

	@Test
	void identifiersAndAcronymsAreFound() {
		RegionView turkey = TestCountries.regionIn(this.regions, "TR");
		String mersis = TestIdentifiers.mersis();
		OrganizationDetails cooperative = create(TestOrganizations
			.withIdentifiers(TestOrganizations.kartepeWomensCooperative(turkey.id()), Map.of("MERSIS", mersis)));
		UUID losev = create(TestOrganizations.withShortName(
				TestOrganizations.inRegion(named("Lösemili Çocuklar Vakfı", OrganizationKind.FOUNDATION), turkey.id()),
				"LÖSEV"))
			.id();
		UUID namesake = create(TestOrganizations
			.inRegion(named("Losev Sokağı Gönüllüleri Derneği", OrganizationKind.ASSOCIATION), turkey.id())).id();
		assertThat(search(query(mersis, turkey.id()))).containsExactly(cooperative.id());
		assertThat(search(query(TestIdentifiers.inPersianDigits(mersis), turkey.id())))
			.containsExactly(cooperative.id());
		assertThat(search(query("LÖSEV", turkey.id()))).as("the acronym ranks first")
			.startsWith(losev)
			.contains(namesake);
		assertThat(search(query("losev", turkey.id()))).startsWith(losev);
		assertThat(this.organizations.get(losev, this.admin).shortName()).isEqualTo("LÖSEV");
	}

	@Test
	void identifiersAndShortNamesAreInTheHistory() {
		RegionView turkey = TestCountries.regionIn(this.regions, "TR");
		OrganizationDetails created = create(TestOrganizations.kartepeWomensCooperative(turkey.id()));
		String mersis = TestIdentifiers.mersis();
		this.organizations.update(created.id(),
				TestOrganizations.withShortName(TestOrganizations.withIdentifiers(
						TestOrganizations.kartepeWomensCooperative(turkey.id()), Map.of("MERSIS", mersis)), "KGK"),
				created.version(), this.admin);
		HistoryPage history = this.organizations.history(created.id(), this.admin, 0, 20);
		assertThat(history.items().get(0).changes()).containsExactly(new FieldChange("shortName", null, "KGK"),
				new FieldChange("identifiers", null, Map.of("MERSIS", mersis)));
	}

	@Test
	void aStaleEditIsRefusedAndNothingIsLost() {
		OrganizationDetails created = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()));
		OrganizationDetails first = this.organizations.update(created.id(),
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), "First edit"),
				created.version(), this.admin);
		assertThatThrownBy(() -> this.organizations.update(created.id(),
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), "Second"),
				created.version(), this.admin))
			.isInstanceOf(StaleVersion.class);
		assertThat(this.organizations.get(created.id(), this.admin).name()).isEqualTo("First edit");
		assertThat(first.version()).isGreaterThan(created.version());
	}

	@Test
	void badInputSavesNothing() {
		long before = count();
		OrganizationDraft bad = new OrganizationDraft("Kartepe", null, OrganizationKind.COOPERATIVE, "WOMEN", null,
				null, Map.of(), LocalDate.now().plusDays(2), UUID.randomUUID(), null, 100.0, 30.0, null, -3, null, 5, 9,
				null, null, null, null, null, null);
		assertThatThrownBy(() -> create(bad)).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::field)
				.containsExactlyInAnyOrder("foundedOn", "regionId", "latitude", "membersTotal", "employeesWomen"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void hostileTextIsRefusedByNameAndSavesNothing() {
		long before = count();
		OrganizationDraft bad = new OrganizationDraft("Kartepe\u0000", null, OrganizationKind.COOPERATIVE, null,
				"A\u202Eb", "ß".repeat(31), Map.of(), LocalDate.of(-5000, 1, 1), this.kartepe.id(), "x\uD800", null,
				null, null, null, null, null, null, null,
				List.of(new Certification("ISO\u0007", LocalDate.of(999, 12, 31))), null, null, null,
				"two\r\nlines\tare fine, NUL\u0000 is not");
		assertThatThrownBy(() -> create(bad)).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::field)
				.containsExactlyInAnyOrder("name", "legalForm", "registryNumber", "foundedOn", "address",
						"certifications[0].name", "certifications[0].issuedOn", "description"));
		OrganizationDraft future = TestOrganizations.withName(new OrganizationDraft("Kartepe", null,
				OrganizationKind.ASSOCIATION, null, null, null, Map.of(), LocalDate.of(10000, 1, 1), this.kartepe.id(),
				null, null, null, null, null, null, null, null, null, null, null, null, null, "one\ntwo"),
				"\u200B\uFEFF\u200C");
		assertThatThrownBy(() -> create(future)).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::field)
				.containsExactlyInAnyOrder("name", "foundedOn"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void namesKeepTheirJoinersButLoseInvisibleEnds() {
		OrganizationDetails created = create(
				named("\u200B\uFEFFتعاونی\u200Cهای زنجان\u200B", OrganizationKind.COOPERATIVE));
		assertThat(created.name()).isEqualTo("تعاونی\u200Cهای زنجان");
		assertThat(this.organizations.get(created.id(), this.admin).name()).isEqualTo("تعاونی\u200Cهای زنجان");
	}

	@Test
	void aStatusChangeRefusesImpossibleDatesAndHostileReasons() {
		OrganizationDetails created = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()));
		assertThatThrownBy(() -> this.organizations.changeStatus(created.id(), OrganizationStatus.INACTIVE,
				LocalDate.of(-5000, 1, 1), "bad\u0000", null, this.admin))
			.isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::field)
				.containsExactlyInAnyOrder("effectiveOn", "reason"));
		assertThat(this.organizations.get(created.id(), this.admin).statusHistory()).hasSize(1);
		this.organizations.changeStatus(created.id(), OrganizationStatus.INACTIVE, LocalDate.of(2025, 1, 10),
				"no assembly\r\nfor three years", null, this.admin);
	}

	@Test
	void aSearchTooLongForTheIndexIsRefusedByName() {
		String words = String.join(" ", java.util.Collections.nCopies(256, "kadin"));
		assertThatThrownBy(() -> find(words)).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::field)
				.containsExactly("q"));
		for (String operators : List.of("\"", "\"\"\"", "+-|*~()", "-", "\"(", "~2", "*")) {
			assertThat(find(operators)).as(operators).isNotNull();
		}
	}

	@Test
	void regionsRefuseHostileText() {
		assertThatThrownBy(
				() -> this.regions.create(new RegionDraft("Kar\u0000tepe", "4\u202E1", this.kocaeli.id()), this.admin))
			.isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::field)
				.containsExactlyInAnyOrder("name", "nationalCode"));
		assertThatThrownBy(
				() -> this.regions.create(new RegionDraft("\u200B\u2060", null, this.kocaeli.id()), this.admin))
			.isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::messageKey)
				.containsExactly("validation.required"));
	}

	@Test
	void statusHistoryIsKeptInOrder() {
		OrganizationDetails knifeMakers = create(named("تعاونی تولیدی چاقوسازان", OrganizationKind.COOPERATIVE));
		this.organizations.changeStatus(knifeMakers.id(), OrganizationStatus.INACTIVE, LocalDate.of(2025, 1, 10),
				"no general assembly for three years", null, this.admin);
		this.organizations.changeStatus(knifeMakers.id(), OrganizationStatus.ACTIVE, LocalDate.of(2025, 6, 1),
				"reactivated", null, this.admin);
		OrganizationDetails reloaded = this.organizations.get(knifeMakers.id(), this.admin);
		assertThat(reloaded.status()).isEqualTo(OrganizationStatus.ACTIVE);
		assertThat(reloaded.statusHistory()).extracting(OrganizationDetails.StatusChangeView::to)
			.containsExactly(OrganizationStatus.ACTIVE, OrganizationStatus.INACTIVE, OrganizationStatus.ACTIVE);
		assertThat(reloaded.statusHistory().get(0).reason()).isEqualTo("reactivated");
		assertThat(reloaded.statusHistory().get(0).changedBy()).isEqualTo("admin");
		assertThat(search(new OrganizationQuery(null, null, OrganizationStatus.ACTIVE, this.country.id(), null, false,
				0, 20, null)))
			.contains(knifeMakers.id());
	}

	@Test
	void archivingHidesFromSearchButKeepsTheRecord() {
		OrganizationDetails created = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()));
		this.organizations.archive(created.id(), null, this.admin);
		assertThat(search(query(null, this.country.id()))).doesNotContain(created.id());
		assertThat(search(new OrganizationQuery(null, null, null, this.country.id(), null, true, 0, 20, null)))
			.contains(created.id());
		assertThat(this.organizations.get(created.id(), this.admin).archived()).isTrue();
	}

	@Test
	void anOrganizationManagerSeesOnlyTheirOwn() {
		UUID own = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id())).id();
		UUID other = create(named("Kartepe Kültür Derneği", OrganizationKind.ASSOCIATION)).id();
		Actor manager = TestActors.manager(own);
		SearchIndexed.await(this.searchIndex);
		assertThat(this.organizations.search(query(null, this.country.id()), manager).items())
			.extracting(OrganizationSummary::id)
			.containsExactly(own);
		assertThatThrownBy(() -> this.organizations.get(other, manager)).isInstanceOf(NotFound.class);
		OrganizationDetails mine = this.organizations.get(own, manager);
		assertThat(this.organizations.update(own,
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()),
						"Kartepe Kadın Kooperatifi"),
				mine.version(), manager)
			.name()).isEqualTo("Kartepe Kadın Kooperatifi");
		assertThatThrownBy(() -> this.organizations.update(other,
				TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), 0L, manager))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void movingARegionMovesWhatIsInIt() {
		UUID inKartepe = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id())).id();
		RegionView kartepeNow = this.regions.get(this.kartepe.id());
		this.regions.update(this.kartepe.id(), new RegionDraft("Kartepe", null, this.bursa.id()), kartepeNow.version(),
				this.admin);
		assertThat(search(query(null, this.bursa.id()))).containsExactly(inKartepe);
		assertThat(search(query(null, this.kocaeli.id()))).isEmpty();
		assertThat(this.organizations.get(inKartepe, this.admin).regionName()).endsWith("Bursa › Kartepe");
	}

	@Test
	void aRegionMoveThatWouldShareARegistryNumberInTheNewCountryIsRefusedByTheRegister() {
		UUID inKartepe = create(
				TestOrganizations.withRegistry(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), "ZX-1"))
			.id();
		RegionView other = this.regions.create(new RegionDraft("Azərbaycan " + UUID.randomUUID(), "AZ", null),
				this.admin);
		RegionView masalli = this.regions.create(new RegionDraft("Masallı", null, other.id()), this.admin);
		create(TestOrganizations.inRegion(
				TestOrganizations.withRegistry(named("Masallı Qadınlar Birliyi", OrganizationKind.ASSOCIATION), "zx 1"),
				masalli.id()));
		RegionView kocaeliNow = this.regions.get(this.kocaeli.id());
		assertThatThrownBy(() -> this.regions.update(this.kocaeli.id(), new RegionDraft("Kocaeli", "41", other.id()),
				kocaeliNow.version(), this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(refusal) -> assertThat(refusal.violations()).extracting(Violation::field)
						.containsExactly("parentId"));
		assertThat(this.regions.get(this.kocaeli.id()).parentId()).isEqualTo(this.country.id());
		assertThat(this.organizations.get(inKartepe, this.admin).regionName()).startsWith(this.country.name());
		assertThat(search(query(null, this.country.id()))).contains(inKartepe);
	}

	@Test
	void everyChangeIsKeptFieldByFieldAndArchivingLosesNothing() {
		OrganizationDetails created = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()));
		OrganizationDraft renamed = new OrganizationDraft("Kartepe Kadın Kooperatifi", null,
				OrganizationKind.COOPERATIVE, "WOMEN", "Kooperatif", null, Map.of(), LocalDate.of(2019, 3, 8),
				this.bursa.id(), "Kartepe, Kocaeli", 40.7536, 30.0233, Set.of(Sector.FOOD, Sector.TOURISM), 50, 47, 6,
				6, true, List.of(new Certification("ISO 9001", LocalDate.of(2024, 5, 2))), null, "+90 262 000 00 00",
				null, "Ev yemekleri ve el emeği ürünleri.");
		this.organizations.update(created.id(), renamed, created.version(), this.admin);
		this.organizations.changeStatus(created.id(), OrganizationStatus.INACTIVE, LocalDate.now(),
				"no general assembly", null, this.admin);
		this.organizations.archive(created.id(), null, this.admin);

		HistoryPage history = this.organizations.history(created.id(), this.admin, 0, 20);
		assertThat(history.total()).isEqualTo(4);
		assertThat(history.items()).extracting(HistoryEntry::kind)
			.containsExactly(HistoryEntry.Kind.CHANGED, HistoryEntry.Kind.CHANGED, HistoryEntry.Kind.CHANGED,
					HistoryEntry.Kind.CREATED);
		assertThat(history.items()).extracting(HistoryEntry::by).containsOnly("admin");
		assertThat(history.items()).extracting(HistoryEntry::channel).containsOnly(ChangeChannel.SYSTEM);
		assertThat(history.items().get(0).changes()).containsExactly(new FieldChange("archived", false, true));
		assertThat(history.items().get(1).changes()).contains(
				new FieldChange("status", OrganizationStatus.ACTIVE, OrganizationStatus.INACTIVE),
				new FieldChange("statusSince", LocalDate.of(2019, 3, 8), LocalDate.now()));
		assertThat(history.items().get(2).changes()).containsExactly(
				new FieldChange(
						"name", "Kartepe Kadın Girişimi Üretim ve İşletme Kooperatifi", "Kartepe Kadın Kooperatifi"),
				new FieldChange("regionId", this.kartepe.id(), this.bursa.id()),
				new FieldChange("sectors", List.of(Sector.FOOD, Sector.HANDICRAFTS),
						List.of(Sector.FOOD, Sector.TOURISM)),
				new FieldChange("membersTotal", 42, 50), new FieldChange("membersWomen", 42, 47), new FieldChange(
						"certifications", null, List.of(new Certification("ISO 9001", LocalDate.of(2024, 5, 2)))));
		assertThat(history.items().get(3).changes()).contains(
				new FieldChange("name", null, "Kartepe Kadın Girişimi Üretim ve İşletme Kooperatifi"),
				new FieldChange("latitude", null, 40.7536), new FieldChange("status", null, OrganizationStatus.ACTIVE));
		assertThat(history.names()).containsKeys(this.kartepe.id().toString(), this.bursa.id().toString());

		HistoryPage older = this.organizations.history(created.id(), this.admin, 1, 2);
		assertThat(older.items()).extracting(HistoryEntry::revision)
			.containsExactly(history.items().get(2).revision(), history.items().get(3).revision());
		assertThat(older.items().get(0).changes()).isEqualTo(history.items().get(2).changes());
		assertThat(this.organizations.history(created.id(), this.admin, 0, 2).hasNext()).isTrue();
		assertThat(older.hasNext()).isFalse();
	}

	@Test
	void workDoneThroughANamedChannelIsKeptAsSuch() {
		UUID imported = ChangeChannel.IMPORT
			.call(() -> create(named("Spółdzielnia Socjalna PROM", OrganizationKind.COOPERATIVE)).id());
		assertThat(this.organizations.history(imported, this.admin, 0, 20).items()).extracting(HistoryEntry::channel)
			.containsExactly(ChangeChannel.IMPORT);
		assertThat(ChangeChannel.current()).isEqualTo(ChangeChannel.SYSTEM);
	}

	@Test
	void anOrganizationManagerReadsTheHistoryOfTheirOwnOnly() {
		UUID own = create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id())).id();
		UUID other = create(named("Kartepe Kültür Derneği", OrganizationKind.ASSOCIATION)).id();
		Actor manager = TestActors.manager(own);
		assertThat(this.organizations.history(own, manager, 0, 20).total()).isEqualTo(1);
		assertThatThrownBy(() -> this.organizations.history(other, manager, 0, 20)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.organizations.history(own, manager, 0, 0)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aRegionsRenameAndMoveAreInItsHistory() {
		RegionView kartepeNow = this.regions.get(this.kartepe.id());
		RegionView renamed = this.regions.update(this.kartepe.id(),
				new RegionDraft("Kartepe İlçesi", "KRT", this.kocaeli.id()), kartepeNow.version(), this.admin);
		this.regions.update(this.kartepe.id(), new RegionDraft("Kartepe İlçesi", "KRT", this.bursa.id()),
				renamed.version(), this.admin);
		HistoryPage history = this.regions.history(this.kartepe.id(), this.admin, 0, 20);
		assertThat(history.items()).extracting(HistoryEntry::kind)
			.containsExactly(HistoryEntry.Kind.CHANGED, HistoryEntry.Kind.CHANGED, HistoryEntry.Kind.CREATED);
		assertThat(history.items().get(0).changes())
			.containsExactly(new FieldChange("parentId", this.kocaeli.id(), this.bursa.id()));
		assertThat(history.items().get(1).changes()).containsExactly(
				new FieldChange("name", "Kartepe", "Kartepe İlçesi"), new FieldChange("nationalCode", null, "KRT"));
		assertThat(history.items().get(2).changes()).contains(new FieldChange("parentId", null, this.kocaeli.id()));
		assertThat(history.names().get(this.bursa.id().toString())).endsWith("Bursa");
		assertThatThrownBy(() -> this.regions.history(this.kartepe.id(), Actor.ANONYMOUS, 0, 20))
			.isInstanceOf(org.ortak.shared.Forbidden.class);
	}

	List<Violation> refused(OrganizationDraft draft) {
		try {
			create(draft);
		}
		catch (InvalidInput ex) {
			return ex.violations();
		}
		throw new AssertionError("refused: " + draft.name());
	}

	// regions in every language, at any depth, and the organizations found by them (issue
	// 10)

	@Test
	void aTownOrDistrictFindsTheOrganizationsInIt() {
		UUID inKartepe = create(named("Gölköy Kadın Emeği Derneği", OrganizationKind.ASSOCIATION)).id();
		UUID inBursa = create(TestOrganizations.inRegion(named("Uludağ Arıcılar Derneği", OrganizationKind.ASSOCIATION),
				this.bursa.id()))
			.id();
		assertThat(find("Kartepe")).containsExactly(inKartepe);
		assertThat(find("kocaeli")).containsExactly(inKartepe);
		assertThat(find("BURSA")).containsExactly(inBursa);
		assertThat(find("kartepe kadin")).containsExactly(inKartepe);
	}

	@Test
	void everyNameOfEveryLevelInEveryLanguageFindsTheOrganizationsThere() {
		RegionView iran = this.regions.create(new RegionDraft("ایران " + UUID.randomUUID(),
				Map.of(Language.EN, "Iran", Language.TR, "İran"), null, null, null, null), this.admin);
		RegionView zanjan = this.regions.create(new RegionDraft("استان زنجان",
				Map.of(Language.EN, "Zanjan Province", Language.TR, "Zencan Eyaleti", Language.PL, "ostan Zandżan"),
				null, null, null, iran.id()), this.admin);
		RegionView county = this.regions.create(
				new RegionDraft("شهرستان زنجان", Map.of(Language.EN, "Zanjan County"), null, null, null, zanjan.id()),
				this.admin);
		UUID knifeMakers = create(
				TestOrganizations.inRegion(named("تعاونی تولیدی چاقوسازان", OrganizationKind.COOPERATIVE), county.id()))
			.id();
		for (String words : List.of("زنجان", "Zanjan", "zencan", "zandzan", "iran", "İRAN", "شهرستان زنجان")) {
			assertThat(search(query(words, iran.id()))).as(words).containsExactly(knifeMakers);
		}
		RegionView shown = this.regions.get(county.id());
		assertThat(shown.label(Locale.forLanguageTag("pl")))
			.isEqualTo(iran.name() + " › ostan Zandżan › شهرستان زنجان");
		assertThat(shown.label(Locale.forLanguageTag("tr"))).isEqualTo("İran › Zencan Eyaleti › شهرستان زنجان");
		assertThat(shown.name(Locale.ENGLISH)).isEqualTo("Zanjan County");
		assertThat(shown.name(Locale.forLanguageTag("fa"))).isEqualTo("شهرستان زنجان");
		assertThat(shown.depth()).isEqualTo(2);
	}

	@Test
	void aRenamedOrMovedRegionsNewNamesFindWhatIsInIt() {
		UUID inKartepe = create(named("Gölköy Kadın Emeği Derneği", OrganizationKind.ASSOCIATION)).id();
		long version = this.organizations.get(inKartepe, this.admin).version();
		assertThat(find("Turcja")).isEmpty();
		RegionView country = this.regions.get(this.country.id());
		this.regions.update(country.id(),
				new RegionDraft(country.name(),
						Map.of(Language.PL, "Turcja", Language.EN, "Turkey", Language.FA, "ترکیه"), null, null,
						country.nationalCode(), null),
				country.version(), this.admin);
		assertThat(find("Turcja")).containsExactly(inKartepe);
		assertThat(find("turkey")).containsExactly(inKartepe);
		assertThat(find("ترکیه")).containsExactly(inKartepe);
		// found by new names, without a new version that would turn someone's edit stale
		assertThat(this.organizations.get(inKartepe, this.admin).version()).isEqualTo(version);
		assertThat(this.regions.history(country.id(), this.admin, 0, 20).items().get(0).changes())
			.containsExactly(new FieldChange("names", null, Map.of("en", "Turkey", "fa", "ترکیه", "pl", "Turcja")));

		RegionView kartepeNow = this.regions.get(this.kartepe.id());
		this.regions.update(this.kartepe.id(), new RegionDraft("Kartepe", null, this.bursa.id()), kartepeNow.version(),
				this.admin);
		assertThat(find("bursa")).containsExactly(inKartepe);
		assertThat(find("kocaeli")).isEmpty();
	}

	@Test
	void aRegionMovesUnderAParentOfAnyLevelButNeverInsideItself() {
		RegionView village = this.regions.create(new RegionDraft("Maşukiye", null, this.kartepe.id()), this.admin);
		assertThat(village.depth()).isEqualTo(3);
		assertThat(village.level()).isEqualTo(RegionLevel.MUNICIPALITY);
		UUID inVillage = create(TestOrganizations
			.inRegion(named("Maşukiye Kadın Kooperatifi", OrganizationKind.COOPERATIVE), village.id())).id();
		RegionView kartepeNow = this.regions.get(this.kartepe.id());
		RegionView moved = this.regions.update(this.kartepe.id(), new RegionDraft("Kartepe", null, this.country.id()),
				kartepeNow.version(), this.admin);
		assertThat(moved.depth()).isEqualTo(1);
		assertThat(this.regions.get(village.id()).label()).isEqualTo(this.country.name() + " › Kartepe › Maşukiye");
		assertThat(this.regions.get(village.id()).depth()).isEqualTo(2);
		assertThat(search(query(null, this.kocaeli.id()))).isEmpty();
		assertThat(search(query(null, this.kartepe.id()))).containsExactly(inVillage);
		assertThat(find("kocaeli")).isEmpty();
		assertThatThrownBy(() -> this.regions.update(this.kartepe.id(), new RegionDraft("Kartepe", null, village.id()),
				moved.version(), this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(refusal) -> assertThat(refusal.violations()).extracting(Violation::messageKey)
						.containsExactly("regions.error.cycle"));
	}

	OrganizationDetails create(OrganizationDraft draft) {
		return this.organizations.create(draft, OrganizationStatus.ACTIVE, this.admin);
	}

	OrganizationDraft named(String name, OrganizationKind kind) {
		return new OrganizationDraft(name, null, kind, null, null, null, Map.of(), null, this.kartepe.id(), null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
	}

	OrganizationQuery query(String q, UUID region) {
		return new OrganizationQuery(q, null, null, region, null, false, 0, 20, null);
	}

	List<UUID> find(String words) {
		return search(query(words, this.country.id()));
	}

	List<UUID> search(OrganizationQuery query) {
		SearchIndexed.await(this.searchIndex);
		return this.organizations.search(query, this.admin).items().stream().map(OrganizationSummary::id).toList();
	}

	long count() {
		SearchIndexed.await(this.searchIndex);
		return this.organizations
			.search(new OrganizationQuery(null, null, null, null, null, true, 0, 1, null), this.admin)
			.totalElements();
	}

}
