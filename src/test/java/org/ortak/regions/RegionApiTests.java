package org.ortak.regions;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.TestActors;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The region hierarchy through the API: seeded with the stories' places, kept by admins.
 */
@OrtakTest
class RegionApiTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Test
	void theStoriesPlacesAreSeeded() throws Exception {
		this.mvc.perform(get("/api/v1/regions").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'Skarżysko-Kamienna')].label").value(org.hamcrest.Matchers
				.hasItem("Polska › województwo świętokrzyskie › powiat skarżyski › Skarżysko-Kamienna")))
			.andExpect(jsonPath("$[?(@.name == 'Masallı rayonu')].level").value(org.hamcrest.Matchers.hasItem("RAYON")))
			.andExpect(jsonPath("$[?(@.name == 'استان زنجان')]").exists())
			.andExpect(jsonPath("$[?(@.name == 'Kocaeli')]").exists())
			.andExpect(jsonPath("$[?(@.name == 'Astara rayonu')]").exists());
	}

	@Test
	void anAdminCreatesAndRenamesARegionWithItsVersion() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/regions").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Sakartvelo " + UUID.randomUUID() + "\", \"code\": \"GE\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("COUNTRY"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		this.mvc
			.perform(put("/api/v1/regions/" + id).header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Georgia " + UUID.randomUUID() + "\", \"version\": 0}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/regions/" + id).header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Stale\", \"version\": 0}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aRegionNeedsANameAndAKnownParent() throws Exception {
		this.mvc
			.perform(post("/api/v1/regions").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \" \", \"parentId\": \"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "parentId")));
	}

	@Test
	void onlyAnEmptyRegionCanBeDeleted() throws Exception {
		RegionView country = this.regions.create(new RegionDraft("Empty " + UUID.randomUUID(), null, null),
				TestActors.admin());
		RegionView province = this.regions.create(new RegionDraft("Province", null, country.id()), TestActors.admin());
		this.mvc.perform(delete("/api/v1/regions/" + country.id()).header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot be deleted")));
		this.mvc.perform(delete("/api/v1/regions/" + province.id()).header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/regions/" + country.id()).header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isNoContent());
		String kocaeli = this.regions.tree()
			.stream()
			.filter((region) -> region.label().equals("Türkiye › Kocaeli › İzmit"))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		this.mvc.perform(delete("/api/v1/regions/" + kocaeli).header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aPolishRegionHasItsNamesItsLevelAndItsTerytCode() throws Exception {
		String swietokrzyskie = this.regions.tree()
			.stream()
			.filter((region) -> "PL-26".equals(region.isoCode()))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		String body = this.mvc
			.perform(post("/api/v1/regions").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"powiat konecki\", \"names\": {\"en\": \"Końskie County\", "
						+ "\"fa\": \"شهرستان کونسکیه\"}, \"nationalCode\": \"2605\", \"parentId\": \"" + swietokrzyskie
						+ "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("POWIAT"))
			.andExpect(jsonPath("$.depth").value(2))
			.andExpect(jsonPath("$.names.en").value("Końskie County"))
			.andExpect(jsonPath("$.nationalCode").value("2605"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String powiat = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		String gmina = this.mvc
			.perform(post("/api/v1/regions").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Końskie\", \"level\": \"GMINA\", \"nationalCode\": \"۲۶۰۵۰۴۳\", "
						+ "\"parentId\": \"" + powiat + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.nationalCode").value("2605043"))
			.andExpect(jsonPath("$.depth").value(3))
			.andExpect(jsonPath("$.label").value("Polska › województwo świętokrzyskie › powiat konecki › Końskie"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		// a level of another country, a TERYT code of another powiat or taken, an ISO
		// code
		// of another country, a language Ortak does not speak
		this.mvc
			.perform(post("/api/v1/regions").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Stąporków\", \"level\": \"BAKHSH\", \"nationalCode\": \"2610011\", "
						+ "\"isoCode\": \"TR-41\", \"parentId\": \"" + powiat + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("level", "nationalCode", "isoCode")));
		this.mvc
			.perform(post("/api/v1/regions").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"powiat skarżyski bis\", \"nationalCode\": \"2610\", \"parentId\": \""
						+ swietokrzyskie + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nationalCode"))
			.andExpect(jsonPath("$.errors[0].message").value("Another region of this country already has this code."));
		this.mvc
			.perform(post("/api/v1/regions").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Polska\", \"names\": {\"de\": \"Polen\"}, \"isoCode\": \"pl\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("names.de")));
		this.mvc
			.perform(post("/api/v1/regions").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Polska bis\", \"isoCode\": \"pl\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("isoCode")));
		this.mvc.perform(delete("/api/v1/regions/" + gmina).header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/regions/" + powiat).header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isNoContent());
	}

	@Test
	void theTreeShowsNamesInTheReadersLanguageIndentedWhateverTheirDirection() throws Exception {
		String skarzyski = this.regions.tree()
			.stream()
			.filter((region) -> "2610".equals(region.nationalCode()))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		// the countries and what lies right inside them; a region opens a level at a time
		this.mvc.perform(get("/regions").with(TestActors.signedIn(TestActors.admin())).header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<bdi>Turcja</bdi>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("hx-get=\"/regions/")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Gmina"))));
		this.mvc
			.perform(get("/regions").param("open", skarzyski)
				.with(TestActors.signedIn(TestActors.admin()))
				.header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<bdi>Skarżysko-Kamienna</bdi>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("padding-inline-start:4.5rem")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Gmina")));
		this.mvc
			.perform(get("/regions/" + skarzyski + "/inside").with(TestActors.signedIn(TestActors.coordinator()))
				.header("HX-Request", "true")
				.header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("<tr")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<bdi>Skarżysko-Kamienna</bdi>")));
		this.mvc
			.perform(get("/regions/" + java.util.UUID.randomUUID() + "/inside")
				.with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/regions").with(TestActors.signedIn(TestActors.admin())).header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<bdi>ترکیه</bdi>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<bdi>Türkiye</bdi>")));
	}

	@Test
	void aRegionPickerFindsPlacesByAnyOfTheirNamesAndShowsThemInTheReadersLanguage() throws Exception {
		this.mvc
			.perform(get("/regions/choices").param("q", "kielce")
				.with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].label")
				.value(org.hamcrest.Matchers.hasItem("لهستان › استان شوینتوکشیسکیه › کیلتسه")));
		this.mvc
			.perform(get("/regions/choices").param("q", "TURCJA")
				.with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].label").value("Turcja"));
		// typed without marks, with ı, ł or ə as a plain keyboard has them
		for (String[] typed : new String[][] { { "skarzysko", "Skarżysko-Kamienna" }, { "IZMIT", "İzmit" },
				{ "lenkeran", "Lankaran-Astara" }, { "swietokrzyskie", "świętokrzyskie" } }) {
			this.mvc
				.perform(get("/regions/choices").param("q", typed[0])
					.with(TestActors.signedIn(TestActors.coordinator()))
					.header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].label")
					.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsStringIgnoringCase(typed[1]))));
		}
		this.mvc.perform(get("/regions/choices").param("q", "%").with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void theFormOffersTheCountrysLevelsAndNamesEveryLanguage() throws Exception {
		String swietokrzyskie = this.regions.tree()
			.stream()
			.filter((region) -> "PL-26".equals(region.isoCode()))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		this.mvc
			.perform(get("/regions/new").param("parent", swietokrzyskie)
				.with(TestActors.signedIn(TestActors.admin()))
				.header("Accept-Language", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"POWIAT\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("value=\"OSTAN\""))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("for=\"names.fa\"")));
		this.mvc
			.perform(post("/regions/new").with(TestActors.signedIn(TestActors.admin()))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.header("Accept-Language", "en")
				.param("parentId", swietokrzyskie)
				.param("name", "powiat włoszczowski")
				.param("names.en", "Włoszczowa County")
				.param("level", "POWIAT")
				.param("nationalCode", "1213"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"nationalCode-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Włoszczowa County\"")));
	}

	@Test
	void onlyAdminsKeepRegions() throws Exception {
		this.mvc.perform(get("/regions/new").with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.regions.create(new RegionDraft("Nowhere", null, null), TestActors.coordinator()))
			.isInstanceOf(org.ortak.shared.Forbidden.class);
	}

}
