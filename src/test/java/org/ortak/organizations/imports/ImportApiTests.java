package org.ortak.organizations.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports through the API (a token) and the pages (a signed-in coordinator): the whole
 * way from upload to commit, the report as a file that never runs a formula, and every
 * refusal as a problem in the reader's language that names its field.
 */
@OrtakTest
class ImportApiTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Autowired
	org.ortak.shared.search.SearchIndex searchIndex;

	String place;

	java.util.UUID kielce;

	@BeforeEach
	void place() {
		RegionView country = this.regions.create(new RegionDraft("Polska import " + UUID.randomUUID(), null, null),
				TestActors.admin());
		this.kielce = this.regions.create(new RegionDraft("Kielce", null, country.id()), TestActors.admin()).id();
		this.place = country.name() + " / Kielce";
	}

	@Test
	void aProgramImportsFromUploadToCommitAndReadsTheReport() throws Exception {
		String word = "Apiimport" + UUID.randomUUID().toString().substring(0, 6);
		String csv = "Name,Type,Region,Number of members\n" + word + " Spółdzielnia,COOPERATIVE," + this.place
				+ ",12\n=HYPERLINK(\"http://evil\"),Bank," + this.place + ",3\n";
		MvcResult uploaded = this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "rejestr.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/imports/")))
			.andExpect(jsonPath("$.state").value("UPLOADED"))
			.andExpect(jsonPath("$.headers[1]").value("Type"))
			.andExpect(jsonPath("$.preview[0][0]").value(word + " Spółdzielnia"))
			.andExpect(jsonPath("$.mapping.columns[3]").value("membersTotal"))
			.andReturn();
		String id = JsonPath.read(uploaded.getResponse().getContentAsString(), "$.id");
		this.mvc.perform(get("/api/v1/imports/fields").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'kind')].codes[0]").value(hasItem("COOPERATIVE")));
		this.mvc
			.perform(put("/api/v1/imports/{id}/mapping", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"columns": ["name", "kind", "region", "membersTotal"], "calendar": "GREGORIAN",
						 "values": {"kind": {"bank": "COMPANY"}}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mapping.values.kind.bank").value("COMPANY"));
		this.mvc.perform(post("/api/v1/imports/{id}/dry-run", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isAccepted());
		awaitState(id, "CHECKED");
		this.mvc.perform(get("/api/v1/imports/{id}", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.counts.rows").value(2))
			.andExpect(jsonPath("$.counts.created").value(2));
		// the kind mapped, a formula as a name is a name; the report of a bad file never
		// runs one
		MvcResult report = this.mvc
			.perform(get("/api/v1/imports/{id}/report.csv", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(request().asyncStarted())
			.andReturn();
		this.mvc.perform(asyncDispatch(report)).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/imports/{id}/commit", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"allOrNothing\": true}"))
			.andExpect(status().isAccepted());
		awaitState(id, "DONE");
		this.mvc.perform(get("/api/v1/imports").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
	}

	@Test
	void theReportOfBadRowsIsAFileWhoseCellsNeverRunAsFormulas() throws Exception {
		String csv = "Name;Type;Region;Founded on\nKuźnia;=cmd|' /C calc'!A0;" + this.place + ";2999-01-01\n";
		String id = upload(csv);
		this.mvc.perform(post("/api/v1/imports/{id}/dry-run", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN));
		awaitState(id, "CHECKED");
		this.mvc
			.perform(get("/api/v1/imports/{id}/problems", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "pl"))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.items[0].line").value(2))
			.andExpect(jsonPath("$.items[*].column").value(hasItem("Type")))
			.andExpect(jsonPath("$.items[*].message").value(not(hasItem(containsString("imports.")))));
		MvcResult started = this.mvc
			.perform(get("/api/v1/imports/{id}/report.csv", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andReturn();
		String file = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(file).contains("'=cmd").doesNotContain(",=cmd");
		// all or nothing refuses while a row is bad, naming why
		this.mvc
			.perform(post("/api/v1/imports/{id}/commit", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("allOrNothing"));
	}

	@Test
	void badFilesAreProblemsInTheReadersLanguageNamingTheField() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "rejestr.csv", "text/csv", png))
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(not(containsString("CSV or XLSX file"))));
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)))
				.param("encoding", "EBCDIC")
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("encoding"));
		String id = upload("Name;Type\nA;B\n");
		this.mvc.perform(post("/api/v1/imports/{id}/commit", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		this.mvc
			.perform(put("/api/v1/imports/{id}/mapping", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"columns\": [\"name\", \"name\", \"nope\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("columns[1]")));
		this.mvc.perform(get("/api/v1/imports/{id}", UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isNotFound());
	}

	/**
	 * The closing story: the Świętokrzyskie register's spreadsheet in Polish, its
	 * bad rows fixed after the dry run, committed, its duplicate merged, the result
	 * exported to XLSX; then an organization corrects its own entry through its link and
	 * a coordinator approves it.
	 */
	@Test
	void theSwietokrzyskieRegisterIsImportedFixedMergedExportedAndCorrectedByItsOwnContact() throws Exception {
		String word = "Opowiesc" + UUID.randomUUID().toString().substring(0, 6);
		String prom = "Spółdzielnia Socjalna „PROM” " + word;
		String registered = created("{\"name\": \"Spółdzielnia Socjalna PROM " + word
				+ "\", \"kind\": \"COOPERATIVE\", \"regionId\": \"" + this.kielce + "\"}");
		String file = """
				Nazwa;Rodzaj;Region;Data założenia;Liczba członków;Obszary działalności
				%1$s;Spółdzielnia;%2$s;15.03.2012;12;Gastronomia i catering
				Centrum Integracji Społecznej %3$s;Podmiot reintegracyjny;%2$s;2009-05-04;40;Usługi społeczne
				Koło Gospodyń %3$s;Kółko;%2$s;;;
				Fundacja %3$s;Fundacja;%2$s;31.02.2019;;
				""";
		String first = upload(file.formatted(prom, this.place, word));
		this.mvc.perform(post("/api/v1/imports/{id}/dry-run", first).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN));
		awaitState(first, "CHECKED");
		this.mvc.perform(get("/api/v1/imports/{id}", first).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.counts.bad").value(2))
			.andExpect(jsonPath("$.counts.possibleDuplicates").value(1));
		// the coordinator fixes the two rows the report named and imports the file again
		String fixed = upload(file.formatted(prom, this.place, word)
			.replace(";Kółko;", ";Stowarzyszenie;")
			.replace("31.02.2019", "28.02.2019"));
		this.mvc.perform(post("/api/v1/imports/{id}/dry-run", fixed).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN));
		awaitState(fixed, "CHECKED");
		this.mvc.perform(post("/api/v1/imports/{id}/commit", fixed).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isAccepted());
		awaitState(fixed, "DONE");
		// the look-alike is among the duplicates, and merged into the organization
		// registered before
		java.util.List<String> pair = new java.util.ArrayList<>();
		for (int page = 0; pair.isEmpty(); page++) {
			String pairs = this.mvc
				.perform(get("/api/v1/duplicates").param("size", "100")
					.param("page", Integer.toString(page))
					.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat((java.util.List<?>) JsonPath.read(pairs, "$.items")).as("the pair is offered").isNotEmpty();
			pair.addAll(JsonPath.read(pairs, "$.items[?(@.first.id == '" + registered + "' || @.second.id == '"
					+ registered + "')]['first','second'].id"));
		}
		String imported = pair.stream().filter((id) -> !id.equals(registered)).findFirst().orElseThrow();
		this.mvc
			.perform(post("/api/v1/duplicates/merge").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"survivor\": \"" + registered + "\", \"duplicate\": \"" + imported + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.membersTotal").value(12));
		// the result, to XLSX: the three other rows and the survivor, not the merged-away
		// one
		org.ortak.SearchIndexed.await(this.searchIndex);
		MvcResult export = this.mvc
			.perform(get("/api/v1/organizations/export.xlsx").param("q", word)
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] xlsx = this.mvc.perform(asyncDispatch(export))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.util.List<String> ids;
		try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			ids = workbook.getFirstSheet().read().stream().skip(1).map((row) -> row.getCellText(0)).toList();
		}
		assertThat(ids).hasSize(4).contains(registered).doesNotContain(imported);
		// its own contact corrects the entry through its link; a coordinator approves
		String link = JsonPath.read(this.mvc
			.perform(post("/api/v1/organizations/{id}/private-link", registered).header(HttpHeaders.AUTHORIZATION,
					ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.url");
		String token = link.substring(link.lastIndexOf('/') + 1);
		this.mvc
			.perform(post("/entry/" + token).with(csrf())
				.param("name", "Spółdzielnia Socjalna PROM " + word)
				.param("website", "https://prom.example.pl"))
			.andExpect(status().isOk());
		String pending = this.mvc
			.perform(get("/api/v1/corrections").param("size", "100").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<String> correction = JsonPath.read(pending,
				"$.items[?(@.organizationId == '" + registered + "')].id");
		this.mvc.perform(post("/api/v1/corrections/{id}/approve", correction.get(0)).header(HttpHeaders.AUTHORIZATION,
				ADMIN_TOKEN))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/organizations/{id}", registered).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.website").value("https://prom.example.pl"))
			.andExpect(jsonPath("$.membersTotal").value(12));
	}

	private String created(String body) throws Exception {
		return JsonPath
			.read(this.mvc
				.perform(post("/api/v1/organizations").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
	}

	@Test
	void theTemplateHasTheHeadersInTheReadersLanguageAndIsRecognisedWhole() throws Exception {
		MvcResult started = this.mvc
			.perform(get("/api/v1/imports/template.xlsx").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "pl"))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] template = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.util.List<String> headers;
		try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(template))) {
			headers = workbook.getFirstSheet()
				.read()
				.get(0)
				.stream()
				.map(org.dhatim.fastexcel.reader.Cell::getText)
				.toList();
		}
		assertThat(headers).contains("Nazwa", "Rodzaj", "Numer KRS", "Liczba członków");
		this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "szablon.xlsx", "application/octet-stream", template))
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("XLSX"))
			.andExpect(jsonPath("$.mapping.columns[0]").value("name"))
			.andExpect(jsonPath("$.mapping.columns[?(@ == null)]").isEmpty());
	}

	@Test
	void aMillionBadRowsKeepAReportOfBoundedSizeAndAnImportIsCancelledBeforeItWrites() throws Exception {
		StringBuilder csv = new StringBuilder("Name;Type;Region\n");
		for (int i = 0; i < 10_050; i++) {
			csv.append("Zła ").append(i).append(";Bank;").append(this.place).append('\n');
		}
		String id = upload(csv.toString());
		this.mvc.perform(post("/api/v1/imports/{id}/dry-run", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN));
		awaitState(id, "CHECKED");
		this.mvc.perform(get("/api/v1/imports/{id}", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.counts.bad").value(10_050))
			.andExpect(jsonPath("$.counts.problems").value(10_050));
		// ortak.imports.max-problems are kept to list and download; all are counted
		this.mvc.perform(get("/api/v1/imports/{id}/problems", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.totalElements").value(10_000));
		this.mvc.perform(post("/api/v1/imports/{id}/cancel", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CANCELLED"));
		this.mvc.perform(post("/api/v1/imports/{id}/dry-run", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		this.mvc.perform(get("/api/v1/imports/{id}/problems", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
		byte[] large = new byte[50 * 1024 * 1024 + 1];
		java.util.Arrays.fill(large, (byte) 'a');
		this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "big.csv", "text/csv", large))
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "pl"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("50")));
	}

	@Autowired
	ImportJob job;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate sql;

	@Test
	void anImportThatCanNoLongerBeUndoneKeepsItsReportAndNothingElse() throws Exception {
		String id = upload("Name;Type;Region\nZła;Bank;" + this.place + "\nDobra " + UUID.randomUUID() + ";COOPERATIVE;"
				+ this.place + "\n");
		this.mvc.perform(post("/api/v1/imports/{id}/dry-run", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN));
		awaitState(id, "CHECKED");
		this.mvc.perform(post("/api/v1/imports/{id}/commit", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"allOrNothing\": false}"));
		awaitState(id, "DONE");
		Long internal = this.sql.queryForObject("select id from import_batch where public_id = ?", Long.class,
				UUID.fromString(id));
		assertThat(
				this.sql.queryForObject("select count(*) from import_row where import_id = ?", Integer.class, internal))
			.isEqualTo(2);
		this.job.cleanUp(java.time.Duration.ZERO);
		assertThat(
				this.sql.queryForObject("select count(*) from import_row where import_id = ?", Integer.class, internal))
			.isZero();
		this.mvc.perform(get("/api/v1/imports/{id}/problems", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$.totalElements").value(1));
	}

	@Test
	void onlyThoseWhoKeepTheWholeRegisterImport() throws Exception {
		this.mvc.perform(get("/api/v1/imports").with(TestActors.signedIn(TestActors.manager())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/imports").with(TestActors.signedIn(TestActors.manager())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/imports")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/imports")).andExpect(status().isUnauthorized());
	}

	@Test
	void aCoordinatorImportsOnThePages() throws Exception {
		String word = "Stronaimport" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc.perform(get("/imports").with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"upload-form\"")));
		// a bad file is named next to the file input; the choices made stay
		this.mvc
			.perform(
					multipart("/imports").file(new MockMultipartFile("file", "x.png", "image/png", new byte[] { 1, 2 }))
						.param("delimiter", ";")
						.with(TestActors.signedIn(TestActors.coordinator()))
						.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("<option value=\";\" selected=\"selected\"")));
		String csv = "Nazwa;Rodzaj;Region\n" + word + ";Spółdzielnia;" + this.place + "\n";
		MvcResult uploaded = this.mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "rejestr.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andReturn();
		String page = uploaded.getResponse().getRedirectedUrl();
		this.mvc.perform(get(page).with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"mapping-form\"")));
		this.mvc
			.perform(post(page + "/mapping").param("columns", "name", "kind", "region")
				.param("calendar", "GREGORIAN")
				.param("then", "check")
				.with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String id = page.substring(page.lastIndexOf('/') + 1);
		awaitState(id, "CHECKED");
		this.mvc
			.perform(post(page + "/commit").param("allOrNothing", "true")
				.with(TestActors.signedIn(TestActors.coordinator()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		awaitState(id, "DONE");
		this.mvc.perform(get(page).with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(content().string(containsString("id=\"import-done\"")));
	}

	private String upload(String csv) throws Exception {
		MvcResult uploaded = this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "rejestr.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(uploaded.getResponse().getContentAsString(), "$.id");
	}

	/**
	 * Follows the import through the API until its background work brings it to the
	 * state.
	 */
	private void awaitState(String id, String state) {
		Awaitility.await("the import " + state)
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> {
				String body = this.mvc
					.perform(get("/api/v1/imports/{id}", id).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
					.andReturn()
					.getResponse()
					.getContentAsString();
				String now = JsonPath.read(body, "$.state");
				assertThat(now).as(body).isNotIn("FAILED", "CANCELLED");
				return now.equals(state);
			});
	}

}
