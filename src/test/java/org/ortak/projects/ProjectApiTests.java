package org.ortak.projects;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.organizations.TestCountries;
import org.ortak.regions.Regions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Projects through the API and their pages: found by words, region and organization; a
 * budget in an unknown currency is a problem naming its field in the reader's language,
 * on the API and on the form, which keeps what was typed; the pages in every language.
 */
@OrtakTest
class ProjectApiTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Test
	void theApiFindsMakesAndRefusesProjects() throws Exception {
		String found = this.mvc.perform(get("/api/v1/projects").param("q", "Świętokrzyska"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(found, "$.items[0].id");
		String implementer = JsonPath.read(found, "$.items[0].implementerId");
		this.mvc.perform(get("/api/v1/projects").param("organization", implementer))
			.andExpect(jsonPath("$.items[*].id", hasItem(id)));
		this.mvc.perform(get("/api/v1/projects/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.funding.subAction", containsString("9.3.2")))
			.andExpect(jsonPath("$.results", hasSize(2)));
		String region = TestCountries.regionIn(this.regions, "AZ").id().toString();
		String organization = JsonPath.read(this.mvc
			.perform(post("/api/v1/organizations").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Layihə Cəmiyyəti %s", "kind": "ASSOCIATION", "regionId": "%s"}"""
					.formatted(UUID.randomUUID().toString().substring(0, 6), region)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String body = """
				{"titles": {"az": "Qadın liderliyi"}, "status": "RUNNING", "implementerId": "%s",
				 "regions": ["%s"], "groups": [{"name": "Qadınlar", "plannedSize": 20, "gender": "FEMALE"}],
				 "funding": {"budget": %s, "currency": "%s", "coFinancingPercent": 10}}""";
		this.mvc
			.perform(post("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(organization, region, "5000", "MANAT")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("funding.currency"))
			.andExpect(jsonPath("$.errors[0].message", containsString("MANAT")))
			.andExpect(jsonPath("$.errors[0].message", containsString("para birimi")));
		this.mvc
			.perform(post("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(organization, region, "5000.00", "AZN")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.funding.budget").value(5000.00))
			.andExpect(jsonPath("$.funding.coFinancedAmount").value(500.00))
			.andExpect(jsonPath("$.plannedReach").value(20));
		this.mvc.perform(get("/api/v1/projects").param("region", region).param("organization", organization))
			.andExpect(jsonPath("$.items", hasSize(1)));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(content().string(containsString("/api/v1/projects")))
			.andExpect(content().string(containsString("\"Projects\"")));
	}

	@Test
	void theMonitoringReportReadsBackAsPdfAndXlsxAndLateIndicatorsAreListed() throws Exception {
		String id = JsonPath.read(this.mvc.perform(get("/api/v1/projects").param("q", "Regionlarda"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");
		// 2024: both expected results of 40; the campaign teams entered quarterly have no
		// value
		this.mvc.perform(get("/api/v1/projects/" + id + "/report").param("period", "2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("2024"))
			.andExpect(jsonPath("$.sections[0].rows", hasSize(2)))
			.andExpect(jsonPath("$.sections[0].rows[*].targetValue",
					org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.comparesEqualTo(40.0))))
			.andExpect(jsonPath("$.sections[0].rows[?(@.indicatorName == 'Candidates who formed their campaign team')]"
					+ ".missing[*]", hasItem("4th quarter 2024")));
		this.mvc.perform(get("/api/v1/projects/" + id + "/report").param("period", "2024Q9"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		byte[] pdf = this.mvc.perform(get("/projects/" + id + "/report.pdf").param("period", "2024"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
		String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
		org.assertj.core.api.Assertions.assertThat(text)
			.contains("Women candidates trained")
			.contains("Candidates who formed their campaign team")
			.contains("2024");
		reader.close();
		// in Persian: a right-to-left document in the Solar Hijri year by default
		byte[] persian = this.mvc.perform(get("/projects/" + id + "/report.pdf").header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("SH")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		org.assertj.core.api.Assertions
			.assertThat(new String(persian, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		var xlsx = this.mvc.perform(get("/projects/" + id + "/report.xlsx").param("period", "2024"))
			.andExpect(status().isOk())
			.andReturn();
		xlsx.getAsyncResult();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(xlsx))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()))) {
			java.util.List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
			org.assertj.core.api.Assertions.assertThat(rows.get(0).getCellText(1)).isEqualTo("Indicator");
			org.assertj.core.api.Assertions.assertThat(rows.subList(1, 3))
				.extracting((row) -> row.getCellText(1))
				.containsExactlyInAnyOrder("Women candidates trained", "Candidates who formed their campaign team");
			org.assertj.core.api.Assertions.assertThat(rows.get(1).getCell(6).getType())
				.isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
			org.assertj.core.api.Assertions.assertThat(rows.get(1).getCellAsNumber(6))
				.hasValueSatisfying(
						(target) -> org.assertj.core.api.Assertions.assertThat(target.intValue()).isEqualTo(40));
		}
		// the late list: the campaign teams have a quarter due with no value
		this.mvc.perform(get("/api/v1/indicators/late"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].indicatorName", hasItem("Candidates who formed their campaign team")));
		this.mvc.perform(get("/indicators/late").header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("late-row")));
	}

	@Test
	void aWorkshopsSolutionProposalIsAdoptedAndBothPagesShowWhatBecameOfIt() throws Exception {
		var admin = TestActors.signedIn(TestActors.admin());
		String workshop = JsonPath
			.read(this.mvc.perform(get("/api/v1/events").param("q", "Kocaeli Kadın Kooperatifleri"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].id");
		String agenda = this.mvc.perform(get("/api/v1/events/" + workshop + "/agenda"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String topic = JsonPath.read(agenda, "$.topics[7].id");
		Number version = JsonPath.read(agenda, "$.version");
		// the eighth heading, access to funding: a solution proposal recorded that day
		String proposal = "Kadın kooperatiflerine yönelik hibe ve kredi programları için il düzeyinde bir bilgi masası kurulsun";
		this.mvc
			.perform(put("/api/v1/events/" + workshop + "/outcomes").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcomes\": [{\"topic\": \"%s\", \"recommendations\": [\"%s\"]}], \"version\": %s}"
					.formatted(topic, proposal, version)))
			.andExpect(status().isOk());
		String plan = JsonPath.read(this.mvc.perform(get("/api/v1/plans").param("q", "زنجان"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");
		String item = JsonPath.read(this.mvc.perform(get("/api/v1/plans/" + plan + "/items"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[1].id");
		String adoption = "{\"eventId\": \"%s\", \"topicId\": \"%s\", \"position\": %s, \"withAction\": true}";
		this.mvc
			.perform(post("/api/v1/plans/" + plan + "/items/" + item + "/adoptions")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(adoption.formatted(workshop, topic, 0)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recommendation").value(proposal))
			.andExpect(jsonPath("$.actionStatus").value("OPEN"));
		// once is enough; a place with no recommendation is none
		for (int position : new int[] { 0, 5 }) {
			this.mvc
				.perform(post("/api/v1/plans/" + plan + "/items/" + item + "/adoptions")
					.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
					.contentType(MediaType.APPLICATION_JSON)
					.content(adoption.formatted(workshop, topic, position)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("position"));
		}
		// the event shows where it went; the item shows where its action came from
		this.mvc.perform(get("/api/v1/events/" + workshop + "/adoptions"))
			.andExpect(jsonPath("$[0].intoKind").value("PLAN_ITEM"))
			.andExpect(jsonPath("$[0].intoLink").value("/plans/" + plan + "/items/" + item));
		this.mvc.perform(get("/api/v1/plans/" + plan + "/items/" + item + "/adoptions"))
			.andExpect(jsonPath("$[0].eventId").value(workshop))
			.andExpect(jsonPath("$[0].topicTitle").isNotEmpty())
			// the action item it became is the event's keepers' business
			.andExpect(jsonPath("$[0].actionTitle").doesNotExist());
		this.mvc
			.perform(get("/api/v1/plans/" + plan + "/items/" + item + "/adoptions").header(HttpHeaders.AUTHORIZATION,
					ADMIN_TOKEN))
			.andExpect(jsonPath("$[0].actionTitle").value(proposal));
		this.mvc.perform(get("/events/" + workshop).header("Accept-Language", "tr"))
			.andExpect(content().string(containsString("/plans/" + plan + "/items/" + item)));
		this.mvc.perform(get("/plans/" + plan + "/items/" + item).header("Accept-Language", "fa"))
			.andExpect(content().string(containsString(proposal)))
			.andExpect(content().string(containsString("/events/" + workshop)));
		// an action item of the board, with no recommendation, linked to the programme it
		// serves
		String municipality = JsonPath.read(this.mvc
			.perform(get("/api/v1/organizations").param("q", "Kocaeli Büyükşehir")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");
		String action = JsonPath.read(this.mvc
			.perform(post("/api/v1/events/" + workshop + "/actions").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Kooperatif ürünleri için kent pazarı\", \"ownerOrganizationId\": \"%s\"}"
					.formatted(municipality)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String link = "{\"actionId\": \"%s\"}".formatted(action);
		this.mvc
			.perform(post("/api/v1/plans/" + plan + "/items/" + item + "/actions")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(link))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.actionTitle").value("Kooperatif ürünleri için kent pazarı"));
		this.mvc
			.perform(post("/api/v1/plans/" + plan + "/items/" + item + "/actions")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(link))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("actionId"));
		this.mvc
			.perform(get("/api/v1/plans/" + plan + "/items/" + item + "/adoptions").header(HttpHeaders.AUTHORIZATION,
					ADMIN_TOKEN))
			.andExpect(jsonPath("$[*].actionTitle", hasItem("Kooperatif ürünleri için kent pazarı")));
		this.mvc.perform(get("/plans/" + plan + "/items/" + item).with(admin))
			.andExpect(content().string(containsString("Kooperatif ürünleri için kent pazarı")))
			.andExpect(content().string(containsString("link-action-form")));
		// the same through the form, into a project, by a keeper of the event
		String project = JsonPath.read(this.mvc.perform(get("/api/v1/projects").param("q", "Regionlarda"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");
		this.mvc.perform(
				get("/adoptions/new").with(admin).param("event", workshop).param("topic", topic).param("position", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(proposal)));
		this.mvc
			.perform(post("/adoptions/new").with(admin)
				.with(csrf())
				.header("Accept-Language", "az")
				.param("event", workshop)
				.param("topic", topic)
				.param("position", "0"))
			.andExpect(status().isUnprocessableEntity());
		this.mvc
			.perform(post("/adoptions/new").with(admin)
				.with(csrf())
				.param("event", workshop)
				.param("topic", topic)
				.param("position", "0")
				.param("into", "PROJECT:" + project))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/projects/" + project).header("Accept-Language", "az"))
			.andExpect(content().string(containsString(proposal)));
	}

	@Test
	void thePagesShowTheProjectsInEveryLanguageAndTheFormKeepsWhatWasTyped() throws Exception {
		var admin = TestActors.signedIn(TestActors.admin());
		String id = JsonPath.read(this.mvc.perform(get("/api/v1/projects").param("q", "Regionlarda"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");
		for (String lang : new String[] { "en", "tr", "az", "fa", "pl" }) {
			for (String page : new String[] { "/projects", "/projects/" + id, "/projects/new",
					"/projects/" + id + "/edit", "/indicators/targets/new?kind=PROJECT&subject=" + id }) {
				this.mvc.perform(get(page).with(admin).header("Accept-Language", lang))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("??"))));
			}
		}
		this.mvc.perform(get("/projects/" + id).header("Accept-Language", "az"))
			.andExpect(content().string(containsString("Masallı")))
			.andExpect(content().string(containsString("id=\"activities-count\"")));
		String organization = JsonPath.read(
				this.mvc.perform(get("/api/v1/projects/" + id)).andReturn().getResponse().getContentAsString(),
				"$.implementer.id");
		this.mvc
			.perform(post("/projects/new").with(admin)
				.with(csrf())
				.header("Accept-Language", "fa")
				.param("titles[fa]", "پروژه توانمندسازی زنان")
				.param("implementerId", organization)
				.param("funding.budget", "1000")
				.param("funding.currency", "TOMAN")
				.param("groups[0].name", "زنان")
				.param("groups[0].plannedSize", "20"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("پروژه توانمندسازی زنان")))
			.andExpect(content().string(containsString("TOMAN")))
			.andExpect(content().string(containsString("ISO 4217")));
	}

}
