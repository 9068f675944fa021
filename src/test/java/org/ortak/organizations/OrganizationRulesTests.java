package org.ortak.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 11, 4);

	private final OrganizationDraft valid = TestOrganizations.kartepeWomensCooperative(UUID.randomUUID());

	@Test
	void aCompleteDraftPasses() {
		OrganizationRules.check(this.valid, TODAY).throwIfAny();
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		OrganizationDraft bad = new OrganizationDraft("x".repeat(301), OrganizationKind.ASSOCIATION, "WOMEN", null,
				null, TODAY.plusDays(1), null, null, 91.0, 200.0, Set.of(), -1, 2, 3, 4, null,
				List.of(new Certification("", TODAY.plusDays(3))), "javascript:alert(1)", "call me", "not-an-address",
				"d".repeat(5001));
		assertThat(fields(bad)).containsExactlyInAnyOrder("name", "subKind", "foundedOn", "regionId", "latitude",
				"longitude", "membersTotal", "employeesWomen", "certifications[0].name", "certifications[0].issuedOn",
				"website", "phone", "email", "description");
	}

	@Test
	void womenCannotOutnumberTheTotal() {
		OrganizationDraft draft = new OrganizationDraft("PROM", OrganizationKind.COOPERATIVE, "SOCIAL", null, null,
				null, UUID.randomUUID(), null, null, null, null, 10, 11, null, null, null, null, null, null, null,
				null);
		assertThatThrownBy(() -> OrganizationRules.check(draft, TODAY).throwIfAny()).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::messageKey)
				.containsExactly("organizations.error.womenOverTotal"));
	}

	@Test
	void coordinatesComeInPairs() {
		OrganizationDraft draft = new OrganizationDraft("PROM", OrganizationKind.COOPERATIVE, null, null, null, null,
				UUID.randomUUID(), null, 51.1, null, null, null, null, null, null, null, null, null, null, null, null);
		assertThat(fields(draft)).as("the missing half is named").containsExactly("longitude");
	}

	@Test
	void reintegrationEntitiesNameTheirNationalType() {
		OrganizationDraft cis = new OrganizationDraft("Centrum Integracji Społecznej",
				OrganizationKind.REINTEGRATION_ENTITY, "CIS", null, null, null, UUID.randomUUID(), null, null, null,
				null, null, null, null, null, null, null, null, null, null, null);
		assertThat(fields(cis)).isEmpty();
		OrganizationDraft cooperative = new OrganizationDraft("Spółdzielnia", OrganizationKind.COOPERATIVE, "CIS", null,
				null, null, UUID.randomUUID(), null, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
		assertThat(fields(cooperative)).containsExactly("subKind");
	}

	@Test
	void aDraftIsTrimmedAndEmptyCertificationRowsAreDropped() {
		OrganizationDraft draft = new OrganizationDraft("  LÖSEV  ", OrganizationKind.FOUNDATION, " ", null, " 12  34 ",
				null, UUID.randomUUID(), null, null, null, null, null, null, null, null, null,
				List.of(new Certification(" ", null), new Certification("ISO 9001", TODAY)), null, null, null, null);
		assertThat(draft.name()).isEqualTo("LÖSEV");
		assertThat(draft.subKind()).isNull();
		assertThat(draft.registryNumber()).isEqualTo("12 34");
		assertThat(draft.certifications()).containsExactly(new Certification("ISO 9001", TODAY));
	}

	@Test
	void registryNumbersCompareWithoutCaseSpacesOrDashes() {
		assertThat(Organization.registryKey("ko-12 34/a")).isEqualTo(Organization.registryKey("KO1234A"));
	}

	private static List<String> fields(OrganizationDraft draft) {
		try {
			OrganizationRules.check(draft, TODAY).throwIfAny();
			return List.of();
		}
		catch (InvalidInput ex) {
			return ex.violations().stream().map(Violation::field).toList();
		}
	}

}
