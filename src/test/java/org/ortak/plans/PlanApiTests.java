package org.ortak.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.ortak.OrtakTest;
import org.ortak.indicators.Frequency;
import org.ortak.indicators.Period;
import org.ortak.indicators.PeriodCalendar;
import org.ortak.organizations.TestCountries;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans and indicators through the API and their pages: the Zanjan plan of the demo with
 * its 7 strategies of 7 programmes, problems naming each field in the reader's language,
 * values entered in bulk (all or none), approved, and read back; the pages in Persian.
 */
@OrtakTest
class PlanApiTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Autowired
	Clock clock;

	@Test
	void theDemoPlanHasSevenStrategiesOfSevenProgrammesInTheReadersCalendar() throws Exception {
		String found = this.mvc.perform(get("/api/v1/plans").param("q", "زنجان"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(found, "$.items[0].id");
		this.mvc.perform(get("/api/v1/plans").param("q", "cooperative sector"))
			.andExpect(jsonPath("$.items[0].id").value(id));
		String items = this.mvc.perform(get("/api/v1/plans/" + id + "/items"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(56)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> depths = JsonPath.read(items, "$[*].depth");
		assertThat(depths.stream().filter((d) -> d == 1)).hasSize(7);
		assertThat(depths.get(0)).isEqualTo(1);
		assertThat(depths.subList(1, 8)).containsOnly(2);
		List<String> strategies = JsonPath.read(items, "$[?(@.depth == 1)].titles.fa");
		assertThat(strategies).containsExactly("ترویج فرهنگ تعاون", "تقویت همکاری‌های بین‌دستگاهی",
				"تحکیم تعاملات شبکه‌ای", "تامین مشوق‌ها و منابع مالی", "توسعه بازار تعاونی‌ها و تقویت برند تعاونی‌ها",
				"تعمیم نظارت بر تعاونی‌ها", "توسعه مدیریت و توانمندسازی منابع انسانی تعاونی‌ها");
		List<Boolean> examples = JsonPath.read(items, "$[?(@.depth == 2)].example");
		// 9 programmes are named by the story, the other 40 are examples
		assertThat(examples.stream().filter((e) -> e)).hasSize(40);
		// the first strategy: 1 of its 7 programmes done, the rest not measured: 100 / 7
		assertThat((Integer) JsonPath.read(items, "$[0].progress")).isEqualTo(14);
		// the plan's page in Persian: its adoption day in the Solar Hijri calendar
		this.mvc.perform(get("/plans/" + id).header("Accept-Language", "fa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ترویج فرهنگ تعاون")))
			.andExpect(content().string(containsString("۱۳۹۲")))
			.andExpect(content().string(containsString("نمونه")));
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndBulkValuesAreTakenAllOrNone() throws Exception {
		this.mvc
			.perform(request(post("/api/v1/plans"), """
					{"titles": {}, "status": "ADOPTED", "startsOn": "2026-05-01", "endsOn": "2026-04-01"}""")
				.header("Accept-Language", "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("titles")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("endsOn")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("adoptedOn")));
		String organization = organization("Cəmiyyət");
		String plan = JsonPath.read(api(post("/api/v1/plans"), """
				{"titles": {"az": "Gender bərabərliyinin təbliği"}, "status": "DRAFT"}""", 201), "$.id");
		String item = JsonPath.read(api(post("/api/v1/plans/" + plan + "/items"), """
				{"titles": {"az": "Qadınların maarifləndirilməsi"},
				 "agencies": [{"organizationId": "%s", "role": "LEAD", "duty": "12 tədbir"}]}"""
			.formatted(organization), 201), "$.id");
		// an item under itself
		this.mvc.perform(request(put("/api/v1/plans/" + plan + "/items/" + item), """
				{"parentId": "%s", "titles": {"az": "Qadınların maarifləndirilməsi"}}""".formatted(item)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		String indicator = JsonPath.read(api(post("/api/v1/indicators"), """
				{"names": {"az": "Maarifləndirilmiş namizəd qadınlar", "en": "Women candidates trained"},
				 "unit": "nəfər", "valueType": "NUMBER", "aggregation": "SUM", "dimensions": ["GENDER"]}""", 201),
				"$.id");
		this.mvc.perform(get("/api/v1/indicators").param("q", "namizəd"))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(indicator)));
		LocalDate today = LocalDate.now(this.clock);
		String target = JsonPath.read(api(post("/api/v1/indicators/" + indicator + "/targets"),
				"""
						{"subjectKind": "PLAN_ITEM", "subjectId": "%s", "organizationId": "%s", "baselineValue": 0,
						 "baselineOn": "%s", "targetValue": 40, "targetOn": "%s", "frequency": "MONTH", "calendar": "GREGORIAN"}"""
					.formatted(item, organization, today.minusMonths(5), today.plusMonths(1)),
				201), "$.id");
		String first = Period.containing(today.minusMonths(3), PeriodCalendar.GREGORIAN, Frequency.MONTH).code();
		String second = Period.containing(today.minusMonths(2), PeriodCalendar.GREGORIAN, Frequency.MONTH).code();
		// the second entry's parts do not add up: neither is kept
		this.mvc
			.perform(request(post("/api/v1/indicators/" + indicator + "/values"),
					"""
							{"entries": [{"target": "%s", "period": "%s", "amount": 20},
							             {"target": "%s", "period": "%s", "amount": 20,
							              "parts": [{"dimension": "GENDER", "category": "FEMALE", "amount": 19}]}]}"""
						.formatted(target, first, target, second)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entries[1].parts"));
		this.mvc
			.perform(get("/api/v1/indicators/" + indicator + "/values").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.totalElements").value(0));
		String values = api(post("/api/v1/indicators/" + indicator + "/values"), """
				{"entries": [{"target": "%s", "period": "%s", "amount": 20, "comment": "Masallı"},
				             {"target": "%s", "period": "%s", "amount": 20,
				              "parts": [{"dimension": "GENDER", "category": "FEMALE", "amount": 20}]}]}"""
			.formatted(target, first, target, second), 201);
		List<String> ids = JsonPath.read(values, "$[*].id");
		for (String value : ids) {
			api(post("/api/v1/indicators/" + indicator + "/values/" + value + "/review"), """
					{"decision": "APPROVE"}""", 200);
		}
		// the target under another indicator's address is none; what a target measures is
		// named
		this.mvc
			.perform(get("/api/v1/indicators/" + UUID.randomUUID() + "/targets/" + target)
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isNotFound());
		this.mvc.perform(request(post("/api/v1/indicators/" + indicator + "/targets"), """
				{"baselineValue": 0, "baselineOn": "2026-01-01", "targetValue": 1, "targetOn": "2027-01-01",
				 "frequency": "YEAR"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("subjectKind")));
		// a draft plan is its keepers' and its owner's alone
		this.mvc.perform(get("/api/v1/indicators/" + indicator + "/targets/" + target))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/indicators/" + indicator + "/targets/" + target).header(HttpHeaders.AUTHORIZATION,
					ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status.actualValue").value(40))
			.andExpect(jsonPath("$.status.light").value("ACHIEVED"));
		// a draft plan's targets and values are not the public's
		this.mvc.perform(get("/api/v1/indicators/" + indicator + "/values"))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc
			.perform(get("/api/v1/indicators/" + indicator + "/values").param("period", second)
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].parts[0].category").value("FEMALE"));
		this.mvc
			.perform(get("/api/v1/indicators/" + indicator + "/values").param("period", "2025Q7")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
	}

	@Test
	void thePagesShowThePlanItsItemsIndicatorsAndTargetsAndTakeAValue() throws Exception {
		var admin = org.ortak.TestActors.signedIn(org.ortak.TestActors.admin());
		String plan = JsonPath.read(this.mvc.perform(get("/api/v1/plans").param("q", "زنجان"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].id");
		String items = this.mvc.perform(get("/api/v1/plans/" + plan + "/items"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String item = JsonPath.read(items, "$[1].id");
		for (String lang : new String[] { "en", "fa", "tr" }) {
			for (String page : new String[] { "/plans", "/plans/" + plan, "/plans/" + plan + "/items/" + item,
					"/indicators", "/plans/new", "/plans/" + plan + "/edit",
					"/plans/" + plan + "/items/new?parent=" + item, "/plans/" + plan + "/items/" + item + "/edit",
					"/indicators/new", "/indicators/targets/new?kind=PLAN_ITEM&subject=" + item }) {
				this.mvc.perform(get(page).with(admin).header("Accept-Language", lang)).andExpect(status().isOk());
			}
		}
		String indicator = JsonPath.read(api(post("/api/v1/indicators"), """
				{"names": {"fa": "تعاونی‌های دانش‌آموزی تاسیس‌شده"}, "valueType": "NUMBER", "aggregation": "SUM",
				 "dimensions": ["GENDER", "AGE_BAND"]}""", 201), "$.id");
		LocalDate today = LocalDate.now(this.clock);
		String target = JsonPath.read(api(post("/api/v1/indicators/" + indicator + "/targets"), """
				{"subjectKind": "PLAN_ITEM", "subjectId": "%s", "baselineValue": 0, "baselineOn": "%s",
				 "targetValue": 10, "targetOn": "%s", "frequency": "QUARTER", "calendar": "SOLAR_HIJRI"}"""
			.formatted(item, today.minusYears(1), today.plusYears(1)), 201), "$.id");
		String quarter = Period.containing(today, PeriodCalendar.SOLAR_HIJRI, Frequency.QUARTER).previous().code();
		// a value whose parts by gender do not add up keeps what was typed
		this.mvc
			.perform(post("/indicators/targets/" + target + "/values").with(admin)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.header("Accept-Language", "fa")
				.param("period", quarter)
				.param("amount", "۳")
				.param("parts[0].dimension", "GENDER")
				.param("parts[0].category", "FEMALE")
				.param("parts[0].amount", "2"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("جنسیت")));
		this.mvc
			.perform(post("/indicators/targets/" + target + "/values").with(admin)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("period", quarter)
				.param("amount", "3")
				.param("comment", "سه مدرسه"))
			.andExpect(status().is3xxRedirection());
		for (String lang : new String[] { "en", "fa" }) {
			for (String page : new String[] { "/indicators/targets/" + target, "/indicators/" + indicator,
					"/indicators/" + indicator + "/edit", "/plans/" + plan + "/items/" + item }) {
				this.mvc.perform(get(page).with(admin).header("Accept-Language", lang)).andExpect(status().isOk());
			}
		}
		this.mvc.perform(get("/indicators/targets/" + target).with(admin))
			.andExpect(content().string(containsString("سه مدرسه")))
			.andExpect(content().string(containsString("Waiting for approval")));
	}

	private String organization(String name) throws Exception {
		return JsonPath.read(api(post("/api/v1/organizations"),
				"""
						{"name": "%s %s", "kind": "ASSOCIATION", "regionId": "%s"}""".formatted(name,
						UUID.randomUUID().toString().substring(0, 6), TestCountries.regionIn(this.regions, "AZ").id()),
				201), "$.id");
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
