package org.ortak.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.organizations.OrganizationQuery;
import org.ortak.organizations.Organizations;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Input found by trying to break the register. Each is refused with a 400 problem or a
 * 422 page that names the field in the user's language, never a 500, and nothing is
 * saved.
 */
@OrtakTest
class HostileInputTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Regions regions;

	@Autowired
	Organizations organizations;

	@Autowired
	org.springframework.context.MessageSource messages;

	@LocalServerPort
	int port;

	RegionView country;

	RegionView district;

	@BeforeEach
	void places() {
		this.country = this.regions.create(new RegionDraft("Hostile " + UUID.randomUUID(), "TR", null),
				TestActors.admin());
		RegionView province = this.regions.create(new RegionDraft("Kocaeli", "41", this.country.id()),
				TestActors.admin());
		this.district = this.regions.create(new RegionDraft("Kartepe", null, province.id()), TestActors.admin());
	}

	private String organization(String extra) {
		return """
				{"name": "Kartepe Kadın Kooperatifi", "kind": "COOPERATIVE", "regionId": "%s"%s}"""
			.formatted(this.district.id(), extra);
	}

	private ResultActions postJson(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
			.header("Accept-Language", "tr")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private void refusedNaming(ResultActions actions, String field, String turkishMessage) throws Exception {
		actions.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("Hatalı istek"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
		if (turkishMessage != null) {
			actions
				.andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message").value(hasItem(turkishMessage)));
		}
	}

	private long saved() {
		return this.organizations
			.search(new OrganizationQuery(null, null, null, this.country.id(), null, true, 0, 1, null),
					TestActors.admin())
			.totalElements();
	}

	@Test
	void aSearchOfTooManyWordsNamesQ() throws Exception {
		String words = String.join(" ", Collections.nCopies(256, "kadin"));
		refusedNaming(this.mvc.perform(get("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
			.header("Accept-Language", "tr")
			.param("q", words)), "q", "En fazla 32 kelime ve 200 karakterle arayın.");
		for (String operators : new String[] { "\"", "\"\"\"", "+-|*~()", "-", "~2", "*", "\"(", "中".repeat(200),
				"a-".repeat(16), "x".repeat(200), "\"a\" ".repeat(32) }) {
			this.mvc.perform(get("/api/v1/organizations").header("Authorization", ADMIN_TOKEN).param("q", operators))
				.andExpect(status().isOk());
		}
	}

	@Test
	void textThatCannotBeKeptIsRefusedByField() throws Exception {
		refusedNaming(postJson(organization(", \"registryNumber\": \"" + "ß".repeat(31) + "\"")), "registryNumber",
				"Bu numara büyük-küçük harf ayrımı gözetilmeden karşılaştırıldığında 60 karakteri aşıyor (ß, SS sayılır).");
		refusedNaming(postJson(organization(", \"description\": \"NUL \\u0000 here\"")), "description",
				"Bu metin burada saklanamayan bir karakter içeriyor (U+0000): lütfen kaldırın.");
		refusedNaming(postJson(organization(", \"address\": \"half \\ud800 a pair\"")), "address", null);
		refusedNaming(postJson(organization(", \"legalForm\": \"abc\\u202Edef\"")), "legalForm",
				"Bu metin burada saklanamayan bir karakter içeriyor (U+202E): lütfen kaldırın.");
		refusedNaming(postJson(organization(", \"phone\": \"1\\t2\"")), "phone", null);
		refusedNaming(postJson("{\"name\": \"\\u200B\\uFEFF\\u2060\", \"kind\": \"COOPERATIVE\", \"regionId\": \""
				+ this.district.id() + "\"}"), "name", "Bu alanın doldurulması zorunludur.");
		refusedNaming(postJson(organization(", \"certifications\": [{\"name\": \"ISO\\u0000\"}]")),
				"certifications[0].name", null);
		assertThat(saved()).isZero();

		String created = postJson(organization(", \"description\": \"two\\r\\nlines\\tand a tab\""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.json.readTree(created).get("description").asString()).isEqualTo("two\r\nlines\tand a tab");
		String persian = postJson("{\"name\": \"\\u200B تعاونی\\u200Cهای زنجان\\uFEFF\", \"kind\": \"COOPERATIVE\", "
				+ "\"regionId\": \"" + this.district.id() + "\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.json.readTree(persian).get("name").asString()).isEqualTo("تعاونی\u200Cهای زنجان");
	}

	@Test
	void datesOutsideRealYearsAreRefusedByField() throws Exception {
		refusedNaming(postJson(organization(", \"foundedOn\": \"-5000-01-01\"")), "foundedOn", null);
		refusedNaming(postJson(organization(", \"foundedOn\": \"0999-12-31\"")), "foundedOn",
				"1000 yılı ya da sonrasına ait bir tarih girin.");
		refusedNaming(postJson(organization(", \"foundedOn\": \"+10000-01-01\"")), "foundedOn", null);
		refusedNaming(
				postJson(organization(", \"certifications\": [{\"name\": \"ISO\", \"issuedOn\": \"0001-01-01\"}]")),
				"certifications[0].issuedOn", null);
		assertThat(saved()).isZero();

		String id = id(postJson(organization("")).andExpect(status().isCreated()));
		refusedNaming(
				this.mvc.perform(post("/api/v1/organizations/" + id + "/status").header("Authorization", ADMIN_TOKEN)
					.header("Accept-Language", "tr")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"status\": \"INACTIVE\", \"effectiveOn\": \"-5000-01-01\", \"reason\": \"x\"}")),
				"effectiveOn", null);
		this.mvc
			.perform(post("/api/v1/organizations/" + id + "/status").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"INACTIVE\", \"effectiveOn\": \"2025-01-01\", \"reason\": \"still possible\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void valuesOfTheWrongTypeAreNamedNotConverted() throws Exception {
		refusedNaming(postJson(organization(", \"membersTotal\": 1.5")), "membersTotal", null);
		refusedNaming(postJson(organization(", \"membersTotal\": \"42\"")), "membersTotal", null);
		refusedNaming(postJson(organization(", \"incomeGenerating\": 1")), "incomeGenerating", null);
		refusedNaming(postJson(organization(", \"subKind\": 123")), "subKind", null);
		refusedNaming(postJson("{\"name\": 123, \"kind\": \"COOPERATIVE\"}"), "name", "Bu değer burada geçerli değil.");
		refusedNaming(postJson("{\"name\": true, \"kind\": \"COOPERATIVE\"}"), "name", null);
		assertThat(saved()).isZero();
		// what was accepted before still is: a whole number for a coordinate, a field
		// nobody knows
		postJson(organization(", \"latitude\": 40, \"longitude\": 30, \"unknownField\": 1"))
			.andExpect(status().isCreated());
	}

	@Test
	void versionsAreRequiredOnUpdateAndCheckedOnEveryChange() throws Exception {
		JsonNode created = this.json.readTree(postJson(organization("")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String id = created.get("id").asString();
		long version = created.get("version").asLong();
		refusedNaming(this.mvc.perform(put("/api/v1/organizations/" + id).header("Authorization", ADMIN_TOKEN)
			.header("Accept-Language", "tr")
			.contentType(MediaType.APPLICATION_JSON)
			.content(organization(""))), "version", "Bu alanın doldurulması zorunludur.");

		this.mvc
			.perform(post("/api/v1/organizations/" + id + "/archive").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + (version + 7) + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		long archived = this.json.readTree(this.mvc
			.perform(post("/api/v1/organizations/" + id + "/archive").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString()).get("version").asLong();
		assertThat(archived).isGreaterThan(version);
		long restored = this.json
			.readTree(this.mvc
				.perform(post("/api/v1/organizations/" + id + "/restore").header("Authorization", ADMIN_TOKEN))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("version")
			.asLong();
		assertThat(restored).isGreaterThan(archived);
		this.mvc
			.perform(post("/api/v1/organizations/" + id + "/status").header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"INACTIVE\", \"reason\": \"stale\", \"version\": " + archived + "}"))
			.andExpect(status().isConflict());
		// the version the answer carried is the one the next update needs
		this.mvc
			.perform(put("/api/v1/organizations/" + id).header("Authorization", ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(organization(", \"version\": " + restored)))
			.andExpect(status().isOk());
	}

	@Test
	void everyApiErrorIsAProblemInTheClientsLanguage() throws Exception {
		// no controller answers this address: the server forwards to /error, which
		// MockMvc does not
		HttpResponse<String> unknown = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/v1/nope"))
				.header("Accept-Language", "tr")
				.header("Authorization", ADMIN_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM));
		JsonNode notFound = this.json.readTree(unknown.body());
		assertThat(notFound.get("title").asString()).isEqualTo("Bulunamadı");
		assertThat(notFound.get("detail").asString()).isEqualTo("Bu adreste bir şey yok.");
		assertThat(notFound.get("status").asInt()).isEqualTo(404);
		assertThat(notFound.has("error")).isFalse();
		this.mvc
			.perform(delete("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
				.header("Accept-Language", "pl"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.detail").value("Ten adres nie przyjmuje tej metody."));
		this.mvc
			.perform(post("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
				.header("Accept-Language", "tr")
				.contentType(MediaType.TEXT_PLAIN)
				.content("name=x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("Desteklenmeyen ortam türü"));
		this.mvc
			.perform(get("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
				.header("Accept-Language", "tr")
				.accept(MediaType.valueOf("text/csv")))
			.andExpect(status().isNotAcceptable())
			.andExpect(jsonPath("$.title").value("Kabul edilemez"));
		this.mvc
			.perform(post("/api/v1/regions").with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Nowhere\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("Erişim engellendi"));
		this.mvc.perform(get("/api/v1/nope").header("Accept-Language", "tr"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	@Test
	void anUnexpectedErrorIsAGenericProblemWithoutItsStory() throws Exception {
		// what the servlet container forwards to /error after an exception no advice
		// handled
		this.mvc
			.perform(get("/error").header("Accept-Language", "tr")
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/organizations")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("Sunucu hatası"))
			.andExpect(content().string(not(containsString("secret internals"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
		this.mvc
			.perform(get("/error").header("Accept-Language", "tr")
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/organizations"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Beklenmeyen bir hata oluştu")));
		// and what a controller throws that nobody foresaw
		var problem = new ApiProblems(this.messages).unexpected(new IllegalStateException("secret internals"),
				new org.springframework.mock.web.MockHttpServletRequest());
		assertThat(problem.getStatus()).isEqualTo(500);
		assertThat(String.valueOf(problem.getDetail())).doesNotContain("secret");
	}

	@Test
	void theServerItselfAnswersWithTheRegistersPage() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> tooLarge = client.send(HttpRequest.newBuilder(uri("/organizations/new"))
			.header("Accept-Language", "tr")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=" + "x".repeat(3 * 1024 * 1024)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooLarge.statusCode()).isIn(400, 413);
		assertThat(tooLarge.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(tooLarge.body()).contains("Bir sorun oluştu").doesNotContainIgnoringCase("tomcat");

		HttpResponse<String> nul = client.send(
				HttpRequest.newBuilder(uri("/organizations/%00")).header("Accept-Language", "tr").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("Bir sorun oluştu", "İstek anlaşılamadı.").doesNotContainIgnoringCase("tomcat");

		HttpResponse<String> apiNul = client.send(HttpRequest.newBuilder(uri("/api/v1/organizations/%00"))
			.header("Accept-Language", "tr")
			.header("Authorization", ADMIN_TOKEN)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(apiNul.statusCode()).isEqualTo(400);
		assertThat(apiNul.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM));
		assertThat(this.json.readTree(apiNul.body()).get("title").asString()).isEqualTo("Hatalı istek");
		assertThat(apiNul.body()).doesNotContainIgnoringCase("tomcat");
	}

	@Test
	void pagesRefuseTheSameInputNextToTheField() throws Exception {
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "tr")
				.param("name", "Kartepe\u0000")
				.param("kind", "COOPERATIVE")
				.param("regionId", this.district.id().toString())
				.param("registryNumber", "ß".repeat(31))
				.param("foundedOn", "0999-12-31")
				.param("description", "iki\r\nsatır")
				.param("certifications[0].name", "")
				.param("certifications[1].name", "ISO\u202E")
				.param("status", "ACTIVE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("organizations/form"))
			.andExpect(model().attributeHasFieldErrors("organization", "name", "registryNumber", "foundedOn",
					"certifications[1].name"))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("1000 yılı ya da sonrasına ait bir tarih girin.")))
			.andExpect(content().string(
					containsString("Bu metin burada saklanamayan bir karakter içeriyor (U+202E): lütfen kaldırın.")));
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "tr")
				.param("name", "Kartepe")
				.param("kind", "COOPERATIVE")
				.param("regionId", this.district.id().toString())
				.param("certifications[1000].name", "x"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("En fazla 50 tane eklenebilir.")))
			.andExpect(content().string(containsString("Sertifikalar")));
		this.mvc
			.perform(get("/organizations").with(TestActors.signedIn(TestActors.coordinator()))
				.header("Accept-Language", "tr")
				.param("q", String.join(" ", Collections.nCopies(256, "kadin"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("query", "q"))
			.andExpect(content().string(containsString("En fazla 32 kelime ve 200 karakterle arayın.")));
		assertThat(saved()).isZero();
	}

	@Test
	void numbersAreReadByTheRegisterAloneNeverByFallbacks() throws Exception {
		// a refused number never falls back to a reader of hexadecimal or NaN
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "Kartepe")
				.param("kind", "COOPERATIVE")
				.param("regionId", this.district.id().toString())
				.param("membersTotal", "0x10")
				.param("membersWomen", "#10")
				.param("latitude", "NaN")
				.param("longitude", "Infinity")
				.param("status", "ACTIVE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("organization", "membersTotal", "membersWomen", "latitude",
					"longitude"))
			.andExpect(content().string(containsString("value=\"0x10\"")))
			.andExpect(content().string(containsString("value=\"NaN\"")));
		assertThat(saved()).isZero();
	}

	@Test
	void identifiersOfNoSchemeAreRefusedByName() throws Exception {
		refusedNaming(postJson(organization(", \"status\": \"ACTIVE\", \"identifiers\": {\"<script>\": \"1\"}")),
				"identifiers", null);
		refusedNaming(postJson(organization(", \"status\": \"ACTIVE\", \"identifiers\": {\"a-b\": \"1\"}")),
				"identifiers", null);
		refusedNaming(postJson(organization(", \"status\": \"ACTIVE\", \"identifiers\": {\"KRS\": \"1\", "
				+ "\"NIP\": \"1\", \"REGON\": \"1\", \"MERSIS\": \"1\", \"VKN\": \"1\", \"VOEN\": \"1\", "
				+ "\"SHENASE_MELLI\": \"1\", \"FOO\": \"1\"}")), "identifiers", null);
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "Kartepe")
				.param("kind", "COOPERATIVE")
				.param("regionId", this.district.id().toString())
				.param("identifiers[<b>x</b>]", "1")
				.param("status", "ACTIVE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(not(containsString("<b>x</b>"))));
		assertThat(saved()).isZero();
	}

	@Test
	void theFormsChoicesAnswerWhateverElseTheFormHolds() throws Exception {
		for (String path : List.of("/organizations/identifiers", "/organizations/sub-kinds")) {
			this.mvc
				.perform(get(path).with(TestActors.signedIn(TestActors.coordinator()))
					.header("HX-Request", "true")
					.param("kind", "NOT_A_KIND")
					.param("regionId", "garbage")
					.param("membersTotal", "x")
					.param("foundedOn", "garbage")
					.param("sectors", "FOO"))
				.andExpect(status().isOk());
		}
	}

	@Test
	void htmxIsSentToSignInWholeWhenTheSessionIsGone() throws Exception {
		this.mvc.perform(get("/organizations/sub-kinds").param("kind", "COOPERATIVE").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
		this.mvc.perform(get("/organizations")).andExpect(status().is3xxRedirection());
	}

	@Test
	void pagesCheckTheVersionOfEveryChange() throws Exception {
		JsonNode created = this.json.readTree(postJson(organization("")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String id = created.get("id").asString();
		long version = created.get("version").asLong();
		this.mvc
			.perform(post("/organizations/" + id + "/status").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "tr")
				.param("status", "INACTIVE")
				.param("reason", "neden\u0000")
				.param("effectiveOn", "0100-01-01")
				.param("version", String.valueOf(version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("statusChange", "reason", "effectiveOn"));
		this.mvc
			.perform(post("/organizations/" + id + "/archive").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.header("Accept-Language", "tr")
				.param("version", String.valueOf(version + 3)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("başka bir kullanıcı")));
		this.mvc
			.perform(post("/organizations/" + id + "/archive").with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/regions/new").with(TestActors.signedIn(TestActors.admin()))
				.param("parent", this.country.id().toString()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/regions/" + this.district.id() + "/edit").with(TestActors.signedIn(TestActors.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Kartepe\"")));
		this.mvc
			.perform(post("/regions/" + this.district.id() + "/edit").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf())
				.param("name", "Kartepe")
				.param("parentId", this.regions.get(this.district.id()).parentId().toString())
				.param("version", "99"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/regions/new").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf())
				.header("Accept-Language", "tr")
				.param("name", "Kar\u2066tepe")
				.param("parentId", this.country.id().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("region", "name"));
	}

	@Test
	void accountsRefuseTextThatCannotBeKept() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf())
				.header("Accept-Language", "tr")
				.param("username", "\u200Bkarolina-" + UUID.randomUUID().toString().substring(0, 6))
				.param("displayName", "Karolina\u202E Jarosz")
				.param("email", "karolina\u0000@example.org")
				.param("password", "świętokrzyskie-2026")
				.param("roles", "COORDINATOR")
				.param("enabled", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("user", "displayName", "email"))
			.andExpect(model().attributeHasFieldErrorCode("user", "displayName", "validation.forbiddenCharacter"));
	}

	@Test
	void requestsThatCannotBeReadAreRefusedNeverFailed() throws Exception {
		for (String field : List.of("name[0]", "certifications[0].issuedOn.year", "sectors.x")) {
			this.mvc
				.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.admin()))
					.with(csrf())
					.header("Accept-Language", "tr")
					.param(field, "x"))
				// the friendly page (400) or the form naming what it could not read (422)
				.andExpect((result) -> assertThat(result.getResponse().getStatus()).as(field).isIn(400, 422))
				.andExpect(content().string(containsString("<html")));
		}
		this.mvc.perform(post("/password/reset").with(csrf()).param("token[0]", "x").param("newPassword", "x"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/v1/organizations").header("Authorization", ADMIN_TOKEN)
				.header("Accept", "garbage")
				.param("page", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> notUtf8 = client.send(HttpRequest.newBuilder(uri("/api/v1/organizations?q=%FF"))
			.header("Authorization", ADMIN_TOKEN)
			.header("Accept-Language", "pl")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notUtf8.statusCode()).isEqualTo(400);
		assertThat(notUtf8.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM));
		for (String wildcard : List.of("*/*", "application/*")) {
			HttpResponse<String> noType = client.send(HttpRequest.newBuilder(uri("/api/v1/organizations"))
				.header("Authorization", ADMIN_TOKEN)
				.header("Content-Type", wildcard)
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(noType.statusCode()).as(wildcard).isEqualTo(415);
			assertThat(noType.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM));
		}
	}

	@Test
	void onlyThoseWhoMayRegisterGetTheFormAndPasswordsRefuseControlCharacters() throws Exception {
		this.mvc.perform(get("/organizations/new").with(TestActors.signedIn(TestActors.manager())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/organizations/new").with(TestActors.signedIn(TestActors.manager()))
				.with(csrf())
				.param("name", "Bir şey")
				.param("membersTotal", "abc"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/new").with(TestActors.signedIn(TestActors.admin()))
				.with(csrf())
				.param("username", "nul-" + UUID.randomUUID().toString().substring(0, 6))
				.param("password", "\u0000".repeat(12))
				.param("roles", "COORDINATOR")
				.param("enabled", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("user", "password", "validation.forbiddenCharacter"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private String id(ResultActions actions) throws Exception {
		return this.json.readTree(actions.andReturn().getResponse().getContentAsString()).get("id").asString();
	}

}
