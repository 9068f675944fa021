package org.ortak.organizations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows written before V10 with the sub-kind STUDENT, which meant school pupils'
 * cooperatives, read SCHOOL_STUDENT after it, their history too, and can be saved again.
 */
@OrtakTest
class SubKindMigrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Test
	void studentCooperativesBecomeSchoolStudentCooperativesWithTheirHistory() throws IOException {
		RegionView iran = TestCountries.regionIn(this.regions, "IR");
		OrganizationDraft draft = TestOrganizations
			.withSubKind(
					TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(iran.id()),
							"تعاونی دانش‌آموزی دبیرستان شهید بهشتی زنجان"),
					OrganizationKind.COOPERATIVE, "SCHOOL_STUDENT");
		OrganizationDetails created = this.organizations.create(draft, OrganizationStatus.ACTIVE, TestActors.admin());
		// as V2 to V9 left it
		this.jdbc.update("update organization set sub_kind = 'STUDENT' where public_id = ?", created.id());
		this.jdbc.update("update organization_aud set sub_kind = 'STUDENT' where public_id = ?", created.id());

		renames().forEach(this.jdbc::update);

		assertThat(this.jdbc.queryForList("select sub_kind from organization where public_id = ?", String.class,
				created.id()))
			.containsExactly("SCHOOL_STUDENT");
		assertThat(this.jdbc.queryForList("select sub_kind from organization_aud where public_id = ?", String.class,
				created.id()))
			.containsOnly("SCHOOL_STUDENT");
		OrganizationDetails read = this.organizations.get(created.id(), TestActors.admin());
		assertThat(read.subKind()).isEqualTo("SCHOOL_STUDENT");
		assertThat(this.organizations.update(created.id(), draft, read.version(), TestActors.admin()).subKind())
			.isEqualTo("SCHOOL_STUDENT");
	}

	/** The statements of V10 that rename the sub-kind, as Flyway runs them. */
	private static List<String> renames() throws IOException {
		String script = new ClassPathResource("db/migration/common/V10__national_identity.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> renames = Arrays.stream(script.replaceAll("(?m)^--.*$", "").split(";"))
			.map(String::strip)
			.filter((statement) -> statement.startsWith("update") && statement.contains("'STUDENT'"))
			.toList();
		assertThat(renames).hasSize(2);
		return renames;
	}

}
