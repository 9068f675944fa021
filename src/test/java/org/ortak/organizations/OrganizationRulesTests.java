package org.ortak.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OrganizationRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 11, 4);

	private final OrganizationDraft valid = TestOrganizations.kartepeWomensCooperative(UUID.randomUUID());

	@Test
	void aCompleteDraftPasses() {
		OrganizationRules.check(this.valid, TODAY).throwIfAny();
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		OrganizationDraft bad = new OrganizationDraft("x".repeat(301), null, OrganizationKind.ASSOCIATION, "WOMEN",
				null, null, Map.of(), TODAY.plusDays(1), null, null, 91.0, 200.0, Set.of(), -1, 2, 3, 4, null,
				List.of(new Certification("", TODAY.plusDays(3))), "javascript:alert(1)", "call me", "not-an-address",
				"d".repeat(5001));
		assertThat(fields(bad)).containsExactlyInAnyOrder("name", "subKind", "foundedOn", "regionId", "latitude",
				"longitude", "membersTotal", "employeesWomen", "certifications[0].name", "certifications[0].issuedOn",
				"website", "phone", "email", "description");
	}

	@Test
	void womenCannotOutnumberTheTotal() {
		OrganizationDraft draft = new OrganizationDraft("PROM", null, OrganizationKind.COOPERATIVE, "SOCIAL", null,
				null, Map.of(), null, UUID.randomUUID(), null, null, null, null, 10, 11, null, null, null, null, null,
				null, null, null);
		assertThatThrownBy(() -> OrganizationRules.check(draft, TODAY).throwIfAny()).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::messageKey)
				.containsExactly("organizations.error.womenOverTotal"));
	}

	@Test
	void coordinatesComeInPairs() {
		OrganizationDraft draft = new OrganizationDraft("PROM", null, OrganizationKind.COOPERATIVE, null, null, null,
				Map.of(), null, UUID.randomUUID(), null, 51.1, null, null, null, null, null, null, null, null, null,
				null, null, null);
		assertThat(fields(draft)).as("the missing half is named").containsExactly("longitude");
	}

	@Test
	void reintegrationEntitiesNameTheirNationalType() {
		OrganizationDraft cis = new OrganizationDraft("Centrum Integracji Społecznej", null,
				OrganizationKind.REINTEGRATION_ENTITY, "CIS", null, null, Map.of(), null, UUID.randomUUID(), null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
		assertThat(fields(cis)).isEmpty();
		OrganizationDraft cooperative = new OrganizationDraft("Spółdzielnia", null, OrganizationKind.COOPERATIVE, "CIS",
				null, null, Map.of(), null, UUID.randomUUID(), null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
		assertThat(fields(cooperative)).containsExactly("subKind");
	}

	@Test
	void aDraftIsTrimmedAndEmptyCertificationRowsAreDropped() {
		OrganizationDraft draft = new OrganizationDraft("  LÖSEV  ", null, OrganizationKind.FOUNDATION, " ", null,
				" 12  34 ", Map.of(), null, UUID.randomUUID(), null, null, null, null, null, null, null, null, null,
				List.of(new Certification(" ", null), new Certification("ISO 9001", TODAY)), null, null, null, null);
		assertThat(draft.name()).isEqualTo("LÖSEV");
		assertThat(draft.subKind()).isNull();
		assertThat(draft.registryNumber()).isEqualTo("12 34");
		assertThat(draft.certifications()).containsExactly(new Certification("ISO 9001", TODAY));
	}

	@Test
	void aNipIsCheckedByItsWeightedSum() {
		assertThat(IdentifierScheme.NIP.problem("8567346215")).isNull();
		assertThat(IdentifierScheme.NIP.problem("8567346216")).isEqualTo("organizations.error.identifierChecksum");
		assertThat(IdentifierScheme.NIP.problem("1234563218")).isNull();
		assertThat(IdentifierScheme.NIP.problem("0000000000")).isEqualTo("organizations.error.identifierChecksum");
		assertThat(IdentifierScheme.NIP.problem(IdentifierScheme.digits("۸۵۶-۷۳۴-۶۲-۱۵"))).isNull();
		assertThat(IdentifierScheme.NIP.problem("856734621")).isEqualTo("organizations.error.identifierLength");
	}

	@Test
	void aRegonHasNineOrFourteenDigitsAndBothCheckDigitsCount() {
		assertThat(IdentifierScheme.REGON.problem("192598184")).isNull();
		assertThat(IdentifierScheme.REGON.problem("123456785")).isNull();
		assertThat(IdentifierScheme.REGON.problem("192598183")).isEqualTo("organizations.error.identifierChecksum");
		assertThat(IdentifierScheme.REGON.problem("12345678512347")).isNull();
		assertThat(IdentifierScheme.REGON.problem("12345678612342")).as("the first nine's check digit")
			.isEqualTo("organizations.error.identifierChecksum");
		assertThat(IdentifierScheme.REGON.problem("12345678512348"))
			.isEqualTo("organizations.error.identifierChecksum");
		assertThat(IdentifierScheme.REGON.problem("1234567851")).isEqualTo("organizations.error.identifierLengths");
	}

	@Test
	void aVknIsCheckedByTheTurkishAlgorithm() {
		assertThat(IdentifierScheme.VKN.problem("4540536920")).isNull();
		assertThat(IdentifierScheme.VKN.problem("4540536921")).isEqualTo("organizations.error.identifierChecksum");
	}

	@Test
	void anIranianLegalEntityIdIsCheckedAndIsNotThePersonalCode() {
		assertThat(IdentifierScheme.SHENASE_MELLI.problem("10380284790")).isNull();
		assertThat(IdentifierScheme.SHENASE_MELLI.problem(IdentifierScheme.digits("۱۰۳۸۰۲۸۴۷۹۰"))).isNull();
		assertThat(IdentifierScheme.SHENASE_MELLI.problem("10380284791"))
			.isEqualTo("organizations.error.identifierChecksum");
		assertThat(IdentifierScheme.SHENASE_MELLI.problem("10300000000")).as("a serial of zeros")
			.isEqualTo("organizations.error.identifierChecksum");
		assertThat(IdentifierScheme.SHENASE_MELLI.problem("0076229645")).as("a personal code has 10 digits")
			.isEqualTo("organizations.error.identifierLength");
	}

	@Test
	void numbersWithoutCheckDigitsAreCheckedByLength() {
		assertThat(IdentifierScheme.KRS.problem("0000123456")).isNull();
		assertThat(IdentifierScheme.KRS.problem("000012345")).isEqualTo("organizations.error.identifierLength");
		assertThat(IdentifierScheme.MERSIS.problem("0123456789000015")).isNull();
		assertThat(IdentifierScheme.VOEN.problem("1234567891")).isNull();
		assertThat(IdentifierScheme.VOEN.problem("12345678X1")).isEqualTo("organizations.error.identifierDigits");
	}

	@Test
	void identifiersAreNamedByFieldWithTheSchemesName() {
		OrganizationDraft draft = TestOrganizations.withIdentifiers(this.valid,
				Map.of("NIP", "8567346216", "MERSIS", "  ", "FOO", "1"));
		assertThat(draft.identifiers()).as("one left empty is not kept").containsOnlyKeys("NIP", "FOO");
		InvalidInput refused = catchThrowableOfType(InvalidInput.class,
				() -> OrganizationRules.check(draft, TODAY).throwIfAny());
		assertThat(refused.violations()).extracting(Violation::field)
			.containsExactlyInAnyOrder("identifiers[NIP]", "identifiers[FOO]");
		Violation nip = refused.violations()
			.stream()
			.filter((violation) -> violation.field().equals("identifiers[NIP]"))
			.findFirst()
			.orElseThrow();
		assertThat(((MessageSourceResolvable) nip.arguments().get(0)).getCodes())
			.containsExactly("organizations.identifier.NIP");
	}

	@Test
	void subKindsAreCodesOfTheirKind() {
		assertThat(fields(TestOrganizations.withSubKind(this.valid, OrganizationKind.COOPERATIVE, "STUDENT")))
			.as("split into SCHOOL_STUDENT and UNIVERSITY_STUDENT")
			.containsExactly("subKind");
		assertThat(
				fields(TestOrganizations.withSubKind(this.valid, OrganizationKind.COOPERATIVE, "UNIVERSITY_STUDENT")))
			.isEmpty();
		assertThat(fields(TestOrganizations.withSubKind(this.valid, OrganizationKind.REINTEGRATION_ENTITY, "CIS 2")))
			.as("no free text any more")
			.containsExactly("subKind");
		assertThat(SubKind.offered(OrganizationKind.REINTEGRATION_ENTITY, "TR", false)).isEmpty();
		assertThat(SubKind.offered(OrganizationKind.REINTEGRATION_ENTITY, "PL", false)).containsExactly(SubKind.CIS,
				SubKind.KIS, SubKind.ZAZ, SubKind.WTZ);
		assertThat(SubKind.offered(OrganizationKind.COOPERATIVE, "IR", false))
			.contains(SubKind.SCHOOL_STUDENT, SubKind.KNOWLEDGE_BASED, SubKind.RURAL_PRODUCTION)
			.doesNotContain(SubKind.WOMEN_ENTERPRISE);
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
