package org.ortak.organizations;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens to an organization is published as past-tense events other modules can
 * react to without reaching into the register.
 */
@OrtakTest
@RecordApplicationEvents
class OrganizationEventsTests {

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	ApplicationEvents events;

	@Test
	void everyChangeOfAnOrganizationIsPublished() {
		Actor admin = TestActors.admin();
		RegionView country = this.regions.create(new RegionDraft("Polska " + UUID.randomUUID(), "PL", null), admin);
		OrganizationDraft draft = TestOrganizations.inRegion(TestOrganizations.withName(
				TestOrganizations.kartepeWomensCooperative(country.id()), "Spółdzielnia Socjalna PROM"), country.id());
		OrganizationDetails prom = this.organizations.create(draft, OrganizationStatus.ACTIVE, admin);
		UUID id = prom.id();
		OrganizationDetails revised = this.organizations.update(id,
				TestOrganizations.withName(draft, "Spółdzielnia Socjalna „PROM”"), prom.version(), admin);
		this.organizations.changeStatus(id, OrganizationStatus.INACTIVE, LocalDate.of(2024, 3, 3), "Zawieszona",
				revised.version(), admin);
		this.organizations.archive(id, null, admin);
		this.organizations.restore(id, null, admin);

		assertThat(this.events.stream(OrganizationRegistered.class))
			.containsExactly(new OrganizationRegistered(id, OrganizationKind.COOPERATIVE, country.id()));
		assertThat(this.events.stream(OrganizationChanged.class))
			.containsExactly(new OrganizationChanged(id, revised.version()));
		assertThat(this.events.stream(OrganizationStatusChanged.class)).containsExactly(new OrganizationStatusChanged(
				id, OrganizationStatus.ACTIVE, OrganizationStatus.INACTIVE, LocalDate.of(2024, 3, 3)));
		assertThat(this.events.stream(OrganizationArchived.class)).containsExactly(new OrganizationArchived(id));
		assertThat(this.events.stream(OrganizationRestored.class)).containsExactly(new OrganizationRestored(id));
	}

}
