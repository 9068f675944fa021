package org.ortak.networks;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.organizations.TestCountries;
import org.ortak.regions.Regions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Networks through the API and their pages, as clients and visitors see them: problems
 * naming each field in the reader's language, the demo's platform with its members and
 * its workshop series, an organization's networks on its page.
 */
@OrtakTest
class NetworkApiTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Test
	void badNetworksAndMembersAreProblemsNamingEachFieldAndNothingIsSaved() throws Exception {
		this.mvc.perform(request(post("/api/v1/networks"), """
				{"names": {}, "milestones": [{"dueOn": "2026-01-01"}]}""").header("Accept-Language", "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("names")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("milestones[0].title")));
		this.mvc.perform(post("/api/v1/networks").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		String network = JsonPath.read(api(post("/api/v1/networks"), """
				{"kind": "PLATFORM", "names": {"tr": "Nilüfer Sosyal Sorumluluk Ağı", "en": "Nilüfer network"},
				 "purposes": {"tr": "Şirketler ve dernekler birlikte"},
				 "milestones": [{"title": "Kuruluş toplantısı", "dueOn": "2026-03-01", "status": "PLANNED"}]}""", 201),
				"$.id");
		String organization = JsonPath.read(api(post("/api/v1/organizations"),
				"""
						{"name": "Nilüfer Gönüllüleri Derneği %s", "kind": "ASSOCIATION", "regionId": "%s"}"""
					.formatted(java.util.UUID.randomUUID().toString().substring(0, 6),
							TestCountries.regionIn(this.regions, "TR").id()),
				201), "$.id");
		String member = JsonPath.read(api(post("/api/v1/networks/" + network + "/members"), """
				{"organizationId": "%s", "role": "FOUNDER", "joinedOn": "2025-12-10"}""".formatted(organization), 201),
				"$.id");
		this.mvc
			.perform(request(post("/api/v1/networks/" + network + "/members"), """
					{"organizationId": "%s", "joinedOn": "2026-01-01"}""".formatted(organization))
				.header("Accept-Language", "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organizationId"));
		// a change without its role keeps the role
		this.mvc
			.perform(request(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/networks/" + network + "/members/" + member), """
						{"joinedOn": "2025-12-10", "leftOn": "2027-06-30"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("FOUNDER"))
			.andExpect(jsonPath("$.leftOn").value("2027-06-30"));
		this.mvc.perform(request(post("/api/v1/networks/" + network + "/members"), "{\"role\": \"MEMBER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organizationId"));

		// anyone reads it, in their language
		this.mvc.perform(get("/api/v1/networks/" + network).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Nilüfer network"))
			.andExpect(jsonPath("$.members[0].role").value("FOUNDER"))
			.andExpect(jsonPath("$.coordinators").doesNotExist());
		this.mvc.perform(get("/api/v1/networks").param("q", "NILUFER sosyal"))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(network)));
		this.mvc.perform(get("/api/v1/networks/" + network + "/members"))
			.andExpect(jsonPath("$.members", hasSize(1)))
			.andExpect(jsonPath("$.persons", hasSize(0)));
		this.mvc.perform(get("/networks/of/" + organization).header("Accept-Language", "tr"))
			.andExpect(content().string(containsString("Nilüfer Sosyal Sorumluluk Ağı")));
		this.mvc
			.perform(delete("/api/v1/networks/" + network + "/members/" + member).header(HttpHeaders.AUTHORIZATION,
					ADMIN_TOKEN))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/networks/" + network + "/members/" + member))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theDemosPlatformIsReadByAnyoneWithItsMembersRoadMapAndWorkshopSeries() throws Exception {
		String found = this.mvc.perform(get("/api/v1/networks").param("q", "Bursa Sosyal Sorumluluk"))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String platform = JsonPath.read(found, "$.items[0].id");
		this.mvc.perform(get("/networks/" + platform).header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Villa Verde")))
			.andExpect(content().string(containsString("Yeşim Grup")))
			.andExpect(content().string(containsString("Özel Sektör ve Sivil Toplum")))
			.andExpect(content().string(containsString("Ortak ve kapsayıcı bir ana proje")))
			// the hosts' rooms, in its public ledger
			.andExpect(content().string(containsString("Çalıştay serisinin 5. buluşmasına ev sahipliği")));
		this.mvc.perform(get("/api/v1/contributions").param("network", platform))
			.andExpect(jsonPath("$.lines", hasSize(5)))
			.andExpect(jsonPath("$.totals[*].kind").value(hasItem("VENUE")));
		// its keepers' form, with its organizations and its meetings, saved as it was
		String edit = this.mvc
			.perform(get("/networks/" + platform + "/edit").with(TestActors.signedIn(TestActors.admin()))
				.header("Accept-Language", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yeşim Grup")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String series = JsonPath.read(
				this.mvc.perform(get("/api/v1/networks/" + platform)).andReturn().getResponse().getContentAsString(),
				"$.series[0].id");
		org.assertj.core.api.Assertions.assertThat(edit).contains("name=\"series\" value=\"" + series + "\"");
		this.mvc.perform(get("/networks").header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("اتحادیه تعاونی‌های تولیدی استان زنجان")));
		// the page's form: for those who may found one, keeping what was typed
		this.mvc.perform(get("/networks/new")).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/networks/new").with(csrf())
				.with(TestActors.signedIn(TestActors.admin()))
				.param("names[tr]", "Yarım kalan ağ")
				.param("milestones[0].dueOn", "2026-05-01")
				.header("Accept-Language", "tr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"Yarım kalan ağ\"")))
			.andExpect(content().string(containsString("is-invalid")));
	}

	private MockHttpServletRequestBuilder request(MockHttpServletRequestBuilder request, String body) {
		return request.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private String api(MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
		return this.mvc.perform(request(request, body))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
