package org.ortak.accounts;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.OrtakTest;
import org.ortak.TestActors;
import org.ortak.organizations.Duplicates;
import org.ortak.organizations.OrganizationDetails;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestOrganizations;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A merge moves every reference: who managed the duplicate manages the survivor, told by
 * the register's {@code OrganizationsMerged} event.
 */
@OrtakTest
class MergedOrganizationsTests {

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	Duplicates duplicates;

	@Autowired
	Regions regions;

	@Test
	void theManagerOfAMergedDuplicateManagesItsSurvivor() {
		RegionView country = this.regions.create(new RegionDraft("Türkiye merge " + UUID.randomUUID(), null, null),
				TestActors.admin());
		RegionView kartepe = this.regions.create(new RegionDraft("Kartepe", null, country.id()), TestActors.admin());
		OrganizationDetails survivor = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(kartepe.id()), OrganizationStatus.ACTIVE,
				TestActors.admin());
		OrganizationDetails duplicate = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(kartepe.id()), OrganizationStatus.ACTIVE,
				TestActors.admin());
		UUID elsewhere = this.organizations
			.create(TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(kartepe.id()),
					"Başiskele Kadın Kooperatifi"), OrganizationStatus.ACTIVE, TestActors.admin())
			.id();
		UserView manager = this.accounts.create(
				new UserDraft("ayse-" + UUID.randomUUID().toString().substring(0, 6), "Ayşe Yılmaz", null,
						"kartepe-kooperatif", true, Set.of(Role.ORG_MANAGER), Set.of(duplicate.id(), elsewhere)),
				TestActors.admin());

		this.duplicates.merge(survivor.id(), duplicate.id(), null, null, TestActors.admin());

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.accounts.get(manager.id(), TestActors.admin()).organizationIds())
				.containsExactlyInAnyOrder(survivor.id(), elsewhere));
	}

}
