package org.ortak.organizations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

import org.ortak.regions.RegionLevel;
import org.ortak.regions.RegionView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register's table keeps its rules even when two requests race past the service's
 * checks: what the database refuses, and the queries the service relies on.
 */
@DataJpaTest(showSql = false,
		// a database of its own: its search outbox processor must not take the shared
		// context's events
		properties = "spring.datasource.url=jdbc:h2:mem:ortak-repository;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class OrganizationRepositoryTests {

	private static final Instant NOW = Instant.parse("2025-11-04T09:00:00Z");

	@Autowired
	OrganizationRepository repository;

	@Autowired
	EntityManager entityManager;

	@Test
	void twoOrganizationsOfACountryCannotShareARegistryNumber() {
		RegionView turkey = country("Türkiye");
		this.repository.saveAndFlush(organization("Kartepe Kadın Kooperatifi", "KO-12 34", turkey));
		assertThatThrownBy(() -> this.repository.saveAndFlush(organization("Başka Kooperatif", "ko1234", turkey)))
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies((ex) -> assertThat(((DataIntegrityViolationException) ex).getMostSpecificCause().getMessage())
				.containsIgnoringCase("organization_registry_uk"));
	}

	@Test
	void theSameNumberInAnotherCountryIsAnotherOrganization() {
		Organization kartepe = this.repository
			.saveAndFlush(organization("Kartepe Kadın Kooperatifi", "1234", country("Türkiye")));
		Organization prom = this.repository
			.saveAndFlush(organization("Spółdzielnia Socjalna PROM", "1234", country("Polska")));
		assertThat(this.repository.findByPublicId(kartepe.publicId())).isPresent();
		assertThat(this.repository.findByPublicId(prom.publicId())).isPresent();
	}

	@Test
	void aRegionsPathFindsEverythingInsideIt() {
		RegionView polska = country("Polska");
		Organization prom = this.repository.saveAndFlush(organization("PROM", null, polska));
		this.repository.saveAndFlush(organization("Kocaeli Valiliği", null, country("Türkiye")));
		assertThat(this.repository.findInRegionPath(polska.path())).extracting(Organization::publicId)
			.containsExactly(prom.publicId());
		assertThat(this.repository.registryKeyTaken(polska.countryId(), "1234", null)).isFalse();
	}

	@Test
	void theDatabaseRefusesMoreWomenThanMembers() {
		Organization prom = this.repository.saveAndFlush(organization("PROM", null, country("Polska")));
		assertThatThrownBy(() -> this.entityManager
			.createNativeQuery("update organization set members_total = 5, members_women = 6 where public_id = ?1")
			.setParameter(1, prom.publicId())
			.executeUpdate())
			.satisfies((ex) -> assertThat(ex.getMessage()).containsIgnoringCase("organization_members_ck"));
	}

	private RegionView country(String name) {
		UUID id = UUID.randomUUID();
		String path = "/" + id + "/";
		this.entityManager
			.createNativeQuery("insert into region (public_id, version, level, name, path, created_at, updated_at) "
					+ "values (?1, 0, 'COUNTRY', ?2, ?3, ?4, ?4)")
			.setParameter(1, id)
			.setParameter(2, name)
			.setParameter(3, path)
			.setParameter(4, NOW)
			.executeUpdate();
		return RegionView.of(id, 0, RegionLevel.COUNTRY, null, null, null, path,
				List.of(new RegionView.Names(name, Map.of())));
	}

	private static Organization organization(String name, String registryNumber, RegionView region) {
		OrganizationDraft draft = TestOrganizations.withRegistry(
				TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(region.id()), name),
				registryNumber);
		return Organization.register(draft, region, OrganizationStatus.ACTIVE, "test", NOW);
	}

}
