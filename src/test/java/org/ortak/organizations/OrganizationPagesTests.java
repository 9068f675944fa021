package org.ortak.organizations;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.shared.search.SearchIndex;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The register's pages: forms that keep what was typed and name each error, escaped
 * output, CSRF, and who may see or change what.
 */
@OrtakTest
class OrganizationPagesTests {

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	RegionView kartepe;

	@BeforeEach
	void places() {
		RegionView country = this.regions.create(new RegionDraft("Türkiye pages " + UUID.randomUUID(), null, null),
				TestActors.admin());
		this.kartepe = this.regions.create(new RegionDraft("Kocaeli", null, country.id()), TestActors.admin());
	}

	@Test
	void aFormWithErrorsAnswers422KeepsWhatWasTypedAndNamesEachField() throws Exception {
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "Kartepe Kadın Girişimi")
				.param("kind", "COOPERATIVE")
				.param("subKind", "WOMEN")
				.param("regionId", this.kartepe.id().toString())
				.param("membersTotal", "10")
				.param("membersWomen", "12")
				.param("employeesTotal", "many")
				.param("foundedOn", "2999-01-01")
				.param("status", "ACTIVE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("organizations/form"))
			.andExpect(model().attributeHasFieldErrors("organization", "membersWomen", "employeesTotal", "foundedOn"))
			.andExpect(content().string(containsString("value=\"Kartepe Kadın Girişimi\"")))
			.andExpect(content().string(containsString("Cannot be more than the total (10).")))
			.andExpect(content().string(containsString("id=\"membersWomen-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"membersWomen-error\"")));
	}

	@Test
	void aTurkishCoordinatorRegistersAWomensCooperativeWithItsSubKindAndMersisNumber() throws Exception {
		RegionView kocaeli = TestCountries.regionIn(this.regions, "TR");
		String mersis = TestIdentifiers.mersis();
		this.mvc
			.perform(get("/organizations/new").with(TestActors.signedIn(TestActors.coordinator())).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kadın Girişimi Üretim ve İşletme Kooperatifi")))
			.andExpect(content().string(containsString("MERSİS numarası")));
		String location = this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "tr")
				.param("name", "Kartepe Kadın Girişimi Üretim ve İşletme Kooperatifi")
				.param("shortName", "KAGİK")
				.param("kind", "COOPERATIVE")
				.param("subKind", "WOMEN_ENTERPRISE")
				.param("identifiers[MERSIS]", mersis.substring(0, 4) + " " + mersis.substring(4))
				.param("identifiers[VKN]", "")
				.param("regionId", kocaeli.id().toString())
				.param("status", "ACTIVE"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(get(location).with(TestActors.signedIn(TestActors.coordinator())).header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("· Kadın Girişimi Üretim ve İşletme Kooperatifi")))
			.andExpect(content().string(containsString(">" + mersis + "<")))
			.andExpect(content().string(containsString("MERSİS numarası")))
			.andExpect(content().string(containsString("KAGİK")));
	}

	@Test
	void aWrongCheckDigitIsNamedByTheFieldInTheReadersLanguage() throws Exception {
		RegionView poland = TestCountries.regionIn(this.regions, "PL");
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "pl")
				.param("name", "Spółdzielnia Socjalna „PROM”")
				.param("kind", "COOPERATIVE")
				.param("subKind", "SOCIAL")
				.param("identifiers[NIP]", "856-734-62-16")
				.param("identifiers[KRS]", "۰۰۰۰۱۲۳۴۵۶")
				.param("regionId", poland.id().toString())
				.param("status", "ACTIVE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("organization", "identifiers[NIP]"))
			.andExpect(content().string(containsString("id=\"identifiersNIP-error\"")))
			.andExpect(content().string(containsString("NIP: cyfra kontrolna się nie zgadza.")))
			.andExpect(content().string(containsString("value=\"856-734-62-16\"")))
			.andExpect(content().string(containsString("value=\"۰۰۰۰۱۲۳۴۵۶\"")));
	}

	@Test
	void identifiersOfAnotherCountryStayInSightUntilCleared() throws Exception {
		RegionView turkey = TestCountries.regionIn(this.regions, "TR");
		String nip = TestIdentifiers.nip();
		// an organization whose region moved from Poland to Türkiye keeps its NIP in
		// sight: saving refuses it next to its field rather than dropping it
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "Moved across a border")
				.param("kind", "ASSOCIATION")
				.param("regionId", turkey.id().toString())
				.param("identifiers[NIP]", nip)
				.param("status", "ACTIVE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("organization", "identifiers[NIP]"))
			.andExpect(content().string(containsString("id=\"identifiersMERSIS\"")))
			.andExpect(content().string(containsString("Kept from another country")))
			.andExpect(content().string(containsString("value=\"" + nip + "\"")))
			.andExpect(content().string(containsString("id=\"identifiersNIP-error\"")));
	}

	@Test
	void subKindsAndIdentifiersFollowTheKindAndTheRegion() throws Exception {
		RegionView poland = TestCountries.regionIn(this.regions, "PL");
		RegionView iran = TestCountries.regionIn(this.regions, "IR");
		this.mvc
			.perform(get("/organizations/sub-kinds").with(TestActors.signedIn(TestActors.coordinator()))
				.header("HX-Request", "true")
				.header("Accept-Language", "pl")
				.param("kind", "REINTEGRATION_ENTITY")
				.param("regionId", poland.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"subKind-field\"")))
			.andExpect(content().string(containsString("value=\"CIS\"")))
			.andExpect(content().string(not(containsString("value=\"WOMEN\""))))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc
			.perform(get("/organizations/sub-kinds").with(TestActors.signedIn(TestActors.coordinator()))
				.header("HX-Request", "true")
				.header("Accept-Language", "fa")
				.param("kind", "COOPERATIVE")
				.param("regionId", iran.id().toString())
				.param("subKind", "SCHOOL_STUDENT"))
			.andExpect(content().string(containsString("تعاونی دانش‌آموزی")))
			.andExpect(content().string(containsString("تعاونی دانشجویی")))
			.andExpect(content().string(containsString("value=\"SCHOOL_STUDENT\" selected")))
			.andExpect(content().string(not(containsString("WOMEN_ENTERPRISE"))))
			.andExpect(content().string(not(containsString("value=\"CIS\""))));
		this.mvc
			.perform(get("/organizations/identifiers").with(TestActors.signedIn(TestActors.coordinator()))
				.header("HX-Request", "true")
				.param("regionId", poland.id().toString())
				.param("identifiers[KRS]", "0000123456")
				.param("identifiers[MERSIS]", "0123456789000015"))
			.andExpect(content().string(containsString("name=\"identifiers[NIP]\"")))
			.andExpect(content().string(containsString("value=\"0000123456\"")))
			.andExpect(content().string(not(containsString("MERSIS"))));
		this.mvc
			.perform(get("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<optgroup label=\"Reintegration")))
			.andExpect(content().string(containsString("name=\"identifiers[SHENASE_MELLI]\"")));
	}

	@Test
	void aValidFormRegistersAndShowsTheOrganizationEscaped() throws Exception {
		String location = this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.param("name", "<b>Kartepe</b> Kadın Girişimi")
				.param("kind", "COOPERATIVE")
				.param("regionId", this.kartepe.id().toString())
				.param("description", "<script>alert(1)</script>")
				.param("status", "ACTIVE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/organizations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;Kartepe&lt;/b&gt; Kadın Girişimi")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void persianReadersTypeTheFoundingDateInTheSolarHijriCalendar() throws Exception {
		String location = this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "fa")
				.param("name", "تعاونی تولیدی چاقوسازان")
				.param("kind", "COOPERATIVE")
				.param("regionId", this.kartepe.id().toString())
				.param("foundedOn", "۱۳۸۸/۰۲/۲۰")
				.param("status", "ACTIVE"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.organizations.get(id, TestActors.admin()).foundedOn())
			.isEqualTo(java.time.LocalDate.of(2009, 5, 10));
		this.mvc
			.perform(get("/organizations/" + id + "/edit").with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "fa"))
			.andExpect(content().string(containsString("value=\"۱۳۸۸/۰۲/۲۰\"")));
	}

	@Test
	void persianReadersTypeNumbersOnAPersianKeyboard() throws Exception {
		String location = this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "fa")
				.param("name", "تعاونی دانش‌آموزی شهید بهشتی")
				.param("kind", "COOPERATIVE")
				.param("regionId", this.kartepe.id().toString())
				.param("membersTotal", "۸۵")
				.param("membersWomen", "٤٠")
				.param("employeesTotal", " ۱۲ ")
				.param("latitude", "۳۶٫۶۷۶")
				.param("longitude", "48,4963")
				.param("status", "ACTIVE"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		OrganizationDetails saved = this.organizations.get(id, TestActors.admin());
		assertThat(saved.membersTotal()).isEqualTo(85);
		assertThat(saved.membersWomen()).isEqualTo(40);
		assertThat(saved.employeesTotal()).isEqualTo(12);
		assertThat(saved.latitude()).isEqualTo(36.676);
		assertThat(saved.longitude()).isEqualTo(48.4963);
		// shown in Persian digits to a Persian reader, typed back as shown
		this.mvc
			.perform(get("/organizations/" + id + "/edit").with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "fa"))
			.andExpect(content().string(containsString("value=\"۸۵\"")))
			.andExpect(content().string(containsString("value=\"۳۶٫۶۷۶\"")))
			.andExpect(content().string(containsString("inputmode=\"numeric\"")))
			.andExpect(content().string(not(containsString("type=\"number\""))));
		this.mvc
			.perform(get("/organizations/" + id).with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "fa"))
			.andExpect(content().string(containsString("۸۵")))
			// twelve employees, of whom nobody said how many are women
			.andExpect(content().string(containsString(">مجموعاً ۱۲ نفر<")));
		// an English reader reads ASCII digits
		this.mvc
			.perform(get("/organizations/" + id + "/edit").with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("value=\"85\"")));
	}

	@Test
	void aNumberThatIsNotOneIsNamedInTheReadersLanguage() throws Exception {
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "fa")
				.param("name", "تعاونی")
				.param("kind", "COOPERATIVE")
				.param("regionId", this.kartepe.id().toString())
				.param("membersTotal", "۸.۵")
				.param("latitude", "۳۶٫۶٫۷")
				.param("status", "ACTIVE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("organization", "membersTotal", "latitude"))
			.andExpect(content().string(containsString("value=\"۸.۵\"")));
	}

	@Test
	void aStatusChangesDateRefusedStandsNextToTheDate() throws Exception {
		OrganizationDetails created = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), OrganizationStatus.ACTIVE,
				TestActors.admin());
		this.mvc
			.perform(post("/organizations/" + created.id() + "/status")
				.with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("version", Long.toString(created.version()))
				.param("status", "INACTIVE")
				.param("effectiveOn", "2001-01-01")
				.param("reason", "Closed for the winter"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("statusChange", "effectiveOn"))
			.andExpect(content().string(containsString("id=\"effectiveOn-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"effectiveOn-error\"")))
			.andExpect(content().string(containsString("value=\"2001-01-01\"")));
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.param("name", "No token")
				.param("kind", "ASSOCIATION")
				.param("regionId", this.kartepe.id().toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAnonymousVisitorReadsNothingOfTheRegister() throws Exception {
		this.mvc.perform(get("/organizations")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/regions")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
		this.mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void anOrganizationManagerCannotEditAnotherOrganization() throws Exception {
		OrganizationDetails own = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), OrganizationStatus.ACTIVE,
				TestActors.admin());
		OrganizationDetails other = this.organizations.create(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), "Başka"),
				OrganizationStatus.ACTIVE, TestActors.admin());
		Actor manager = TestActors.manager(own.id());
		this.mvc.perform(get("/organizations/" + other.id() + "/edit").with(TestActors.signedIn(manager)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/organizations/" + other.id() + "/edit").with(TestActors.signedIn(manager))
				.with(csrf())
				.param("name", "Taken over")
				.param("kind", "ASSOCIATION")
				.param("regionId", this.kartepe.id().toString())
				.param("version", String.valueOf(other.version())))
			.andExpect(status().isNotFound());
		assertThat(this.organizations.get(other.id(), TestActors.admin()).name()).isEqualTo("Başka");
		this.mvc.perform(get("/organizations/" + own.id() + "/edit").with(TestActors.signedIn(manager)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/organizations/" + own.id() + "/archive").with(TestActors.signedIn(manager)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOrganizationManagerIsOfferedOnlyWhatTheyMaySubmit() throws Exception {
		OrganizationDetails own = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), OrganizationStatus.ACTIVE,
				TestActors.admin());
		Actor manager = TestActors.manager(own.id());
		this.mvc.perform(get("/organizations/" + own.id()).with(TestActors.signedIn(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"edit-organization\"")))
			.andExpect(content().string(containsString("/organizations/" + own.id() + "/status")))
			.andExpect(content().string(not(containsString("/organizations/" + own.id() + "/archive"))));
		this.mvc.perform(get("/organizations").with(TestActors.signedIn(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"new-organization\""))));
		this.mvc.perform(get("/").with(TestActors.signedIn(manager)))
			.andExpect(content().string(not(containsString("href=\"/organizations/new\""))));
		this.mvc.perform(get("/regions").with(TestActors.signedIn(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/regions/new"))))
			.andExpect(content().string(not(containsString("/edit\""))));
	}

	@Test
	void theListsPageSizeAndOrderStayInItsLinks() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.organizations.create(TestOrganizations
				.withName(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), "Kartepe sıralama " + i),
					OrganizationStatus.ACTIVE, TestActors.admin());
		}
		SearchIndexed.await(this.searchIndex);
		this.mvc
			.perform(get("/organizations").param("region", this.kartepe.id().toString())
				.param("size", "50")
				.param("sort", "members")
				.with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"50\" selected=\"selected\">50</option>")))
			// the ordered column says so, and a click on it reverses the order
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content()
				.string(containsString("href=\"?region=" + this.kartepe.id() + "&amp;sort=-members&amp;size=50\"")))
			.andExpect(content()
				.string(containsString("href=\"?region=" + this.kartepe.id() + "&amp;sort=name&amp;size=50\"")));
		// a size not offered is the default one, never a page of a million
		this.mvc
			.perform(get("/organizations").param("size", "1000000").with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"20\" selected=\"selected\">20</option>")));
	}

	@Test
	void theSearchAnswersHtmxWithTheResultsAlone() throws Exception {
		this.organizations.create(TestOrganizations.kartepeWomensCooperative(this.kartepe.id()),
				OrganizationStatus.ACTIVE, TestActors.admin());
		SearchIndexed.await(this.searchIndex);
		this.mvc
			.perform(get("/organizations").with(TestActors.signedIn(TestActors.coordinator()))
				.header("HX-Request", "true")
				.param("q", "kartepe kadin")
				.param("region", this.kartepe.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kartepe Kadın Girişimi Üretim ve İşletme Kooperatifi")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void statusBadgesKeepTheirClassInTurkishAndAzerbaijani() throws Exception {
		OrganizationDetails created = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(this.kartepe.id()), OrganizationStatus.ACTIVE,
				TestActors.admin());
		for (String language : java.util.List.of("tr", "az")) {
			this.mvc
				.perform(get("/organizations/" + created.id()).param("lang", language)
					.with(TestActors.signedIn(TestActors.coordinator())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("class=\"badge status-active\"")))
				.andExpect(content().string(not(containsString("actıve"))));
		}
	}

	@Test
	void goingBackInHistoryGetsTheWholePage() throws Exception {
		this.mvc
			.perform(get("/organizations").with(TestActors.signedIn(TestActors.coordinator()))
				.header("HX-Request", "true")
				.header("HX-History-Restore-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void persianPagesAreRightToLeft() throws Exception {
		this.mvc.perform(get("/").param("lang", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("bootstrap.rtl.min.css")));
	}

}
