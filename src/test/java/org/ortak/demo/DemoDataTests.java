package org.ortak.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.events.EventDetails;
import org.ortak.events.EventKind;
import org.ortak.events.EventQuery;
import org.ortak.events.EventSummary;
import org.ortak.events.Events;
import org.ortak.events.OrganizationRole;
import org.ortak.events.SeriesView;
import org.ortak.events.Visibility;
import org.ortak.news.News;
import org.ortak.news.PostView;
import org.ortak.shared.search.SearchIndex;
import org.ortak.shared.security.Actor;
import org.ortak.organizations.OrganizationDetails;
import org.ortak.organizations.OrganizationDetails.StatusChangeView;
import org.ortak.organizations.OrganizationKind;
import org.ortak.organizations.OrganizationQuery;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.OrganizationSummary;
import org.ortak.organizations.Organizations;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * A new installation shows the five stories' register.
 */
@OrtakTest
class DemoDataTests {

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	Events events;

	@Autowired
	News news;

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
		// the Kocaeli story's example women's cooperatives are seated in its districts
		assertThat(names("turkey kartepe")).contains("Maşukiye Kadın Girişimi Üretim ve İşletme Kooperatifi");
		assertThat(names("gebze")).contains("Eskihisar Kadın Girişimi Üretim ve İşletme Kooperatifi");
		assertThat(names("ankara")).contains("Lösemili Çocuklar Vakfı");
		assertThat(names("zencan")).contains("دانشگاه زنجان");
		assertThat(names("skarzyski")).contains("Centrum Integracji Społecznej w Skarżysku-Kamiennej");
		// no organization is seated in Masallı; the women's rights society's project
		// worked there
		assertThat(names("Masallı"))
			.containsExactly("D.Əliyeva adına Azərbaycan Qadınlarının Hüquqlarının Müdafiə Cəmiyyəti İctimai Birliyi");
	}

	@Test
	void venuesArePlacesOfEventsNotOrganizations() {
		UUID kocaeli = region("TR-41");
		assertThat(names("kongre merkezi", kocaeli)).doesNotContain("Kocaeli Kongre Merkezi");
		assertThat(names("maide restoran", kocaeli)).isEmpty();
		assertThat(search(null, kocaeli)).extracting(OrganizationSummary::name)
			.doesNotContain("Kocaeli Kongre Merkezi", "Maide Restoran");
		// Villa Verde hosted Bursa's fifth workshop and presented its own work: an actor
		OrganizationDetails villaVerde = only("villa verde", region("TR-16"));
		assertThat(villaVerde.kind()).isEqualTo(OrganizationKind.COMPANY);
		assertThat(villaVerde.description()).contains("5. buluşma");
	}

	@Test
	void theSupportCentresAreFoundByTheirFullNamesAndByOwes() {
		UUID poland = country("PL");
		List<String> centres = List.of("Świętokrzyski Ośrodek Wsparcia Ekonomii Społecznej",
				"Wielkopolski Ośrodek Ekonomii Społecznej");
		assertThat(names("OWES", poland)).containsAll(centres);
		assertThat(names("owes", poland)).containsAll(centres);
		assertThat(names("wsparcia ekonomii", poland)).containsAll(centres);
		assertThat(names("wsparcia ekonomii spolecznej", poland)).containsAll(centres);
		assertThat(search("OWES", poland)).filteredOn((summary) -> centres.contains(summary.name()))
			.extracting(OrganizationSummary::kind)
			.containsOnly(OrganizationKind.SUPPORT_CENTRE);
		assertThat(only("ŚOWES", poland).name()).isEqualTo(centres.get(0));
		assertThat(only("WOES", poland).regionName()).endsWith("Poznań");
		OrganizationDetails rops = only("ROPS", poland);
		assertThat(rops.name()).isEqualTo("Regionalny Ośrodek Polityki Społecznej w Kielcach");
		assertThat(rops.shortName()).isEqualTo("ROPS");
		// the sector condition survey, as the story gives it
		assertThat(rops.description()).contains("280 aktywnych podmiotów", "3400 mieszkańców");
	}

	@Test
	void losevIsFoundByItsAcronymAndItsNameAndSeatedInAnkara() {
		UUID ankara = region("TR-06");
		OrganizationDetails losev = only("LÖSEV", ankara);
		assertThat(losev.name()).isEqualTo("Lösemili Çocuklar Vakfı");
		assertThat(losev.shortName()).isEqualTo("LÖSEV");
		assertThat(names("Lösemili Çocuklar", ankara)).containsExactly("Lösemili Çocuklar Vakfı");
		assertThat(names("losemili cocuklar", ankara)).containsExactly("Lösemili Çocuklar Vakfı");
		assertThat(losev.kind()).isEqualTo(OrganizationKind.FOUNDATION);
		// the region's label is in the reader's language, the country's name too
		assertThat(losev.regionId()).isEqualTo(ankara);
		assertThat(losev.regionName()).endsWith(" › Ankara");
		assertThat(losev.latitude()).isCloseTo(39.93, within(0.1));
		assertThat(losev.longitude()).isCloseTo(32.86, within(0.1));
		assertThat(losev.foundedOn()).isEqualTo(LocalDate.of(1998, 11, 8));
		assertThat(losev.identifiers()).isEmpty();
		// it hosted the fourth of Bursa's workshops, yet is not seated there
		assertThat(losev.description()).contains("4. buluşma");
		assertThat(names("LÖSEV", region("TR-16"))).isEmpty();
		assertThat(only("LÖDER", region("TR-16")).name()).isEqualTo("Bursa Lösemili Çocuklara Yardım Derneği");
	}

	@Test
	void kocaelisExampleWomensCooperativesSitInItsDistrictsMarkedAsExamples() {
		List<OrganizationSummary> cooperatives = this.organizations
			.search(new OrganizationQuery(null, OrganizationKind.COOPERATIVE, null, region("TR-41"), null, false, 0, 50,
					"name"), TestActors.admin())
			.items();
		assertThat(cooperatives).hasSizeBetween(3, 5);
		// in the reader's language: "Turkey › Kocaeli › Gebze" in English
		assertThat(cooperatives).extracting(OrganizationSummary::regionName)
			.allMatch((region) -> region.contains(" › Kocaeli › "))
			.extracting((region) -> region.substring(region.lastIndexOf(" › ") + 3))
			.contains("İzmit", "Kartepe", "Gebze", "Başiskele");
		for (OrganizationSummary summary : cooperatives) {
			OrganizationDetails cooperative = this.organizations.get(summary.id(), TestActors.admin());
			assertThat(cooperative.subKind()).as(cooperative.name()).isEqualTo("WOMEN_ENTERPRISE");
			assertThat(cooperative.description()).as(cooperative.name()).startsWith("Örnek kayıt:");
			assertThat(cooperative.membersWomen()).as(cooperative.name()).isEqualTo(cooperative.membersTotal());
			// never a real-looking national identifier for an organization made up
			assertThat(cooperative.identifiers()).as(cooperative.name()).isEmpty();
			assertThat(cooperative.registryNumber()).as(cooperative.name()).isNull();
		}
		assertThat(cooperatives).extracting(OrganizationSummary::status).contains(OrganizationStatus.SEMI_ACTIVE);
	}

	@Test
	void theStoriesFiguresAndSubKindsAreAsTheyTellThem() {
		OrganizationDetails society = only("Müdafiə Cəmiyyəti", region("AZ-BA"));
		assertThat(society.kind()).isEqualTo(OrganizationKind.PUBLIC_UNION);
		assertThat(society.description()).contains("12 tədbir", "40 qadın", "2 qrup x 20", "22 dekabr 2024", "5 ay");
		OrganizationDetails directorate = only("اداره کل تعاون کار رفاه اجتماعی استان زنجان", region("IR-19"));
		assertThat(directorate.description()).contains("۷ راهبرد", "۷ برنامه");
		assertThat(only("دبیرستان شهید بهشتی", region("IR-19")).subKind()).isEqualTo("SCHOOL_STUDENT");
		UUID poland = region("PL-26");
		assertThat(only("Centrum Integracji Społecznej Skarżysku", poland).subKind()).isEqualTo("CIS");
		assertThat(only("Spółdzielnia Socjalna PROM", poland).subKind()).isEqualTo("SOCIAL");
		OrganizationDetails yesim = only("Yeşim Grup", region("TR-16"));
		assertThat(yesim.description()).contains("2023");
		assertThat(names("uludag universitesi", region("TR-16"))).contains("Bursa Uludağ Üniversitesi");
	}

	@Test
	void theKocaeliWorkshopIsPreparedByItsStakeholderMeeting() {
		List<EventSummary> held = on(EventKind.WORKSHOP, LocalDate.of(2025, 11, 4));
		assertThat(held).hasSize(1);
		EventDetails workshop = this.events.get(held.get(0).id(), TestActors.admin());
		assertThat(workshop.titles()).containsEntry("tr", "Kocaeli Kadın Kooperatifleri Çalıştayı");
		assertThat(workshop.start()).isEqualTo(LocalDateTime.of(2025, 11, 4, 9, 30));
		assertThat(workshop.timeZone()).isEqualTo("Europe/Istanbul");
		assertThat(workshop.venue().name()).isEqualTo("Kocaeli Kongre Merkezi");
		assertThat(workshop.descriptions().get("tr")).contains("1. Üretim kapasitesi", "8. Fon kaynaklarına erişim");
		assertThat(workshop.organizations()).extracting(EventDetails.Participant::name, EventDetails.Participant::role)
			.contains(tuple("Kocaeli Büyükşehir Belediyesi", OrganizationRole.HOST),
					tuple("Kocaeli Valiliği", OrganizationRole.CO_ORGANIZER),
					tuple("Kocaeli Üniversitesi", OrganizationRole.CO_ORGANIZER));
		assertThat(workshop.preparedBy()).hasSize(1);
		EventDetails meeting = this.events.get(workshop.preparedBy().get(0).id(), TestActors.admin());
		assertThat(meeting.kind()).isEqualTo(EventKind.STAKEHOLDER_MEETING);
		assertThat(meeting.visibility()).isEqualTo(Visibility.INTERNAL);
		assertThat(meeting.venue().name()).isEqualTo("Maide Restoran");
		assertThat(meeting.startsAt()).isBefore(workshop.startsAt());
	}

	@Test
	void bursasWorkshopSeriesHasFiveEditionsHostedInTurn() {
		SeriesView series = series("Özel Sektör ve Sivil Toplum Kuruluşları Arasında İş Birliği Nasıl Güçlendirilir?");
		assertThat(series.editions()).extracting(SeriesView.Edition::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(series.editions()).extracting((edition) -> edition.hosts().get(0))
			.containsExactly("Yeşim Grup", "Bursa Lösemili Çocuklara Yardım Derneği", "SEGER",
					"Lösemili Çocuklar Vakfı", "Villa Verde");
		assertThat(series.editions().get(0).event().startsOn().getYear()).isEqualTo(2023);
		assertThat(series.editions().get(4).event().venueName()).isEqualTo("Villa Verde");
	}

	@Test
	void theAzerbaijaniProjectsTwelveEventsAreItsDaysInTwoDistricts() {
		List<EventSummary> held = series("Regionlarda qadın və qızların bələdiyyələrdə iştirakı: layihənin 12 tədbiri")
			.editions()
			.stream()
			.map(SeriesView.Edition::event)
			.toList();
		assertThat(held).hasSize(12);
		assertThat(held).filteredOn((event) -> event.kind() == EventKind.SEMINAR).hasSize(8);
		assertThat(held).extracting(EventSummary::capacity).containsOnly(20);
		assertThat(held).extracting(EventSummary::timeZone).containsOnly("Asia/Baku");
		assertThat(held).allMatch((event) -> event.endsOn().isBefore(LocalDate.of(2024, 12, 22)));
		assertThat(held).extracting(EventSummary::regionId).containsOnly(region("AZ-MAS"), region("AZ-AST"));
	}

	@Test
	void theThematicGroupsSecondMeetingAndItsSiteVisitAreAtTheCis() {
		String cis = "Centrum Integracji Społecznej w Skarżysku-Kamiennej";
		SeriesView.Edition second = series(
				"Grupa Tematyczna ds. współpracy podmiotów o charakterze reintegracyjnym (CIS, KIS, ZAZ, WTZ)")
			.editions()
			.get(1);
		assertThat(second.number()).isEqualTo(2);
		assertThat(second.event().startsOn()).isEqualTo(LocalDate.of(2017, 3, 3));
		assertThat(second.event().venueName()).isEqualTo(cis);
		assertThat(second.hosts()).containsExactly(cis);
		assertThat(on(EventKind.SITE_VISIT, LocalDate.of(2017, 3, 3))).extracting(EventSummary::venueName)
			.containsExactly(cis);
	}

	@Test
	void theStoriesAreInTheNewsInTheirOwnLanguages() {
		List<PostView> published = this.news.list(null, null, 0, 50, Actor.ANONYMOUS).items();
		assertThat(published).hasSizeGreaterThanOrEqualTo(5);
		assertThat(published).extracting((post) -> post.texts().keySet().iterator().next())
			.contains("tr", "fa", "az", "pl");
		assertThat(published).filteredOn((post) -> post.texts().containsKey("pl"))
			.extracting((post) -> post.texts().get("pl").body())
			.anyMatch((body) -> body != null && body.contains("280") && body.contains("3400"));
		UUID workshop = on(EventKind.WORKSHOP, LocalDate.of(2025, 11, 4)).get(0).id();
		List<PostView> aboutWorkshop = this.news.list(workshop, null, 0, 50, Actor.ANONYMOUS).items();
		// announced before it and reported after it, in Turkish with English titles
		assertThat(aboutWorkshop).hasSizeGreaterThanOrEqualTo(2);
		for (PostView post : aboutWorkshop) {
			assertThat(post.eventId()).isEqualTo(workshop);
			assertThat(post.eventTitle()).isNotNull();
			assertThat(post.texts().keySet().iterator().next()).isEqualTo("tr");
			assertThat(post.texts().get("tr").body()).contains("fon kaynaklarına erişim");
			assertThat(post.texts().get("en").title()).isNotBlank();
		}
	}

	private List<EventSummary> on(EventKind kind, LocalDate day) {
		return this.events
			.search(new EventQuery(null, kind, null, null, null, day, day, false, 0, 50), TestActors.admin())
			.items();
	}

	private SeriesView series(String name) {
		UUID id = this.events.seriesList(org.ortak.TestActors.admin())
			.stream()
			.filter((series) -> series.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
		return this.events.series(id, TestActors.admin());
	}

	private List<String> names(String words) {
		return search(words).stream().map(OrganizationSummary::name).toList();
	}

	private List<OrganizationSummary> search(String words) {
		return search(words, null);
	}

	private List<String> names(String words, UUID region) {
		return search(words, region).stream().map(OrganizationSummary::name).toList();
	}

	private List<OrganizationSummary> search(String words, UUID region) {
		SearchIndexed.await(this.searchIndex);
		return this.organizations
			.search(new OrganizationQuery(words, null, null, region, null, false, 0, 50, null), TestActors.admin())
			.items();
	}

	/** The one organization these words find in this region, first as it ranks. */
	private OrganizationDetails only(String words, UUID region) {
		List<OrganizationSummary> found = search(words, region);
		assertThat(found).as(words).isNotEmpty();
		return this.organizations.get(found.get(0).id(), TestActors.admin());
	}

	/** The demo data's region of this ISO 3166-2 code; each code is the demo's alone. */
	private UUID region(String isoCode) {
		return this.regions.tree()
			.stream()
			.filter((region) -> isoCode.equals(region.isoCode()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** The country of this ISO 3166-1 code: the demo data's, which tests share. */
	private UUID country(String isoCode) {
		return this.regions.tree()
			.stream()
			.filter((region) -> region.depth() == 0 && isoCode.equals(region.isoCode()))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
