package org.ortak.organizations;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.ortak.OrtakTest;
import org.ortak.SearchIndexed;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators take the register's search away as CSV or XLSX, with what only they see;
 * an organization manager only their own; nobody else anything; a cell never becomes a
 * formula.
 */
@OrtakTest
class RegisterExportTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	SearchIndex searchIndex;

	RegionView kielce;

	String word;

	@BeforeEach
	void place() {
		RegionView country = this.regions.create(new RegionDraft("Polska export " + UUID.randomUUID(), null, null),
				TestActors.admin());
		this.kielce = this.regions.create(new RegionDraft("Kielce", null, country.id()), TestActors.admin());
		this.word = "Eksport" + UUID.randomUUID().toString().substring(0, 8);
	}

	private OrganizationDetails registered(String name) {
		return this.organizations.create(TestOrganizations
			.withName(TestOrganizations.kartepeWomensCooperative(this.kielce.id()), name + " " + this.word),
				OrganizationStatus.ACTIVE, TestActors.admin());
	}

	@Test
	void aCoordinatorExportsTheSearchWithWhatOnlyKeepersSee() throws Exception {
		OrganizationDetails home = this.organizations.create(
				TestOrganizations
					.at(TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.kielce.id()),
							"=HYPERLINK(\"http://evil\") " + this.word), 50.8661, -20.6286),
				OrganizationStatus.ACTIVE, TestActors.admin());
		this.organizations.publish(home.id(), false, LocationPrecision.DISTRICT, null, TestActors.coordinator());
		OrganizationDetails archived = registered("Spółdzielnia Socjalna Archiwum");
		this.organizations.archive(archived.id(), null, TestActors.admin());
		SearchIndexed.await(this.searchIndex);

		String csv = new String(download(get("/organizations/export.csv").param("q", this.word)
			.with(TestActors.signedIn(TestActors.coordinator()))), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("id,name,").contains(",incomeGenerating,", ",createdBy,", ",listed,");
		assertThat(lines).hasSize(2);
		List<String> header = List.of(lines.get(0).split(","));
		String row = lines.get(1);
		// the exact place, unlisted and shown only by its region to the public
		assertThat(row).contains(",50.8661,-20.6286,DISTRICT,").contains(",false,false,");
		assertThat(row).contains(",\"'=HYPERLINK(\"\"http://evil\"\") " + this.word + "\",");
		assertThat(row).contains("admin");
		assertThat(header).contains("incomeGenerating", "updatedAt");

		// archived ones when asked for
		String withArchived = new String(download(get("/organizations/export.csv").param("q", this.word)
			.param("archived", "true")
			.with(TestActors.signedIn(TestActors.coordinator()))), StandardCharsets.UTF_8);
		assertThat(withArchived.lines()).hasSize(3);
		assertThat(withArchived).contains("Spółdzielnia Socjalna Archiwum");

		// the API with a token, as XLSX: text stays text, numbers numbers
		byte[] xlsx = download(
				get("/api/v1/organizations/export.xlsx").param("q", this.word).header("Authorization", ADMIN_TOKEN));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).getCellText(header.indexOf("createdBy"))).isEqualTo("createdBy");
			assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.STRING);
			assertThat(rows.get(1).getCellText(1)).startsWith("=HYPERLINK");
			int longitude = header.indexOf("longitude");
			assertThat(rows.get(1).getCell(longitude).getType()).isEqualTo(CellType.NUMBER);
			assertThat(rows.get(1).getCellAsNumber(longitude))
				.hasValueSatisfying((value) -> assertThat(value.doubleValue()).isEqualTo(-20.6286));
			assertThat(rows.get(1).getCellText(header.indexOf("createdBy"))).isEqualTo("admin");
		}
	}

	@Test
	void aManagerExportsTheirOwnAndStrangersNothing() throws Exception {
		OrganizationDetails theirs = registered("Theirs");
		registered("Someone else's");
		SearchIndexed.await(this.searchIndex);

		String csv = new String(download(get("/organizations/export.csv").param("q", this.word)
			.with(TestActors.signedIn(TestActors.manager(theirs.id())))), StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv).contains(theirs.id().toString()).doesNotContain("Someone else");

		this.mvc.perform(get("/organizations/export.csv")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/organizations/export.csv")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/api/v1/organizations/export.csv").param("sort", "<script>")
				.header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		this.mvc.perform(get("/api/v1/organizations/export.pdf").header("Authorization", ADMIN_TOKEN))
			.andExpect(status().isNotFound());
		// the list page offers the files with its own search
		this.mvc
			.perform(get("/organizations").param("q", this.word).with(TestActors.signedIn(TestActors.coordinator())))
			.andExpect(content().string(containsString("/organizations/export.xlsx?q=" + this.word)))
			.andExpect(content().string(containsString("data-print")));
	}

	private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
		var started = this.mvc.perform(request).andReturn();
		return this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
