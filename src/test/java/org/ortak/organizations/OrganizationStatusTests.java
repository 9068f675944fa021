package org.ortak.organizations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ortak.regions.RegionLevel;
import org.ortak.regions.RegionView;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationStatusTests {

	private static final Instant NOW = Instant.parse("2025-11-04T09:00:00Z");

	private final UUID country = UUID.randomUUID();

	private final RegionView zanjan = RegionView.of(UUID.randomUUID(), 0, RegionLevel.OSTAN, "IR-19", null,
			this.country, "/" + this.country + "/x/",
			List.of(new RegionView.Names("ایران", Map.of()), new RegionView.Names("استان زنجان", Map.of())));

	private Organization knifeMakers() {
		OrganizationDraft draft = TestOrganizations
			.withName(TestOrganizations.kartepeWomensCooperative(this.zanjan.id()), "تعاونی تولیدی چاقوسازان زنجان");
		return Organization.register(draft, this.zanjan, OrganizationStatus.ACTIVE, "dunyayi", NOW);
	}

	@Test
	void reactivatingAnInactiveCooperativeKeepsTheWholeHistory() {
		Organization organization = knifeMakers();
		organization.changeStatus(OrganizationStatus.INACTIVE, LocalDate.of(2019, 6, 30), "no general assembly",
				"dunyayi", NOW);
		organization.changeStatus(OrganizationStatus.ACTIVE, LocalDate.of(2025, 5, 15), "reactivated", "dunyayi", NOW);
		assertThat(organization.status()).isEqualTo(OrganizationStatus.ACTIVE);
		assertThat(organization.statusSince()).isEqualTo(LocalDate.of(2025, 5, 15));
		assertThat(organization.statusHistory()).extracting(StatusChange::to)
			.containsExactly(OrganizationStatus.ACTIVE, OrganizationStatus.INACTIVE, OrganizationStatus.ACTIVE);
		assertThat(organization.statusHistory().get(0).from()).isEqualTo(OrganizationStatus.INACTIVE);
		assertThat(organization.statusHistory().get(0).reason()).isEqualTo("reactivated");
	}

	@Test
	void aDissolvedOrganizationStaysDissolved() {
		Organization organization = knifeMakers();
		organization.changeStatus(OrganizationStatus.DISSOLVED, LocalDate.of(2024, 1, 1), "liquidated", "x", NOW);
		assertThatThrownBy(
				() -> organization.changeStatus(OrganizationStatus.ACTIVE, LocalDate.of(2025, 1, 1), "back", "x", NOW))
			.hasMessage("organizations.error.dissolvedIsFinal");
	}

	@Test
	void aChangeNeverPredatesTheCurrentStatusNorRepeatsIt() {
		Organization organization = knifeMakers();
		assertThatThrownBy(
				() -> organization.changeStatus(OrganizationStatus.ACTIVE, LocalDate.of(2025, 1, 1), "same", "x", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (refusal) -> assertThat(refusal.violations())
				.containsExactly(new Violation("status", "organizations.error.sameStatus", List.of())));
		assertThatThrownBy(() -> organization.changeStatus(OrganizationStatus.INACTIVE, LocalDate.of(2000, 1, 1),
				"too early", "x", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (refusal) -> assertThat(refusal.violations())
				.containsExactly(new Violation("effectiveOn", "organizations.error.statusBeforePrevious", List.of())));
		assertThat(organization.statusHistory()).hasSize(1);
	}

}
