package org.ortak.networks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.TestActors;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestCountries;
import org.ortak.organizations.TestOrganizations;
import org.ortak.people.People;
import org.ortak.people.PersonDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Networks against a real database, run on H2 and on PostgreSQL by the subclasses: the
 * chain of member networks (a confederation, its federation, its union, their
 * cooperatives), the cycle it may not make, members not twice for the same days, and
 * person members for the network's keepers alone.
 */
abstract class NetworkScenarios {

	@Autowired
	Networks networks;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	People people;

	@Autowired
	Contributions contributions;

	final Actor admin = TestActors.admin();

	RegionView region;

	@BeforeEach
	void place() {
		this.region = TestCountries.regionIn(this.regions, "IR");
	}

	private UUID organization(String name) {
		return this.organizations
			.create(TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.region.id()),
					name + " " + UUID.randomUUID().toString().substring(0, 8)), OrganizationStatus.ACTIVE, this.admin)
			.id();
	}

	private NetworkView network(NetworkKind kind, String name, UUID embodiedBy) {
		return this.networks.create(new NetworkDraft(kind, Map.of("fa", name), Map.of(), null, null, embodiedBy,
				List.of(), List.of(), List.of(), List.of()), this.admin);
	}

	private void member(NetworkView network, UUID organization) {
		this.networks.addMember(network.id(), new MemberDraft(organization, null, MemberRole.MEMBER, null, null),
				this.admin);
	}

	@Test
	void membershipIsInheritedAlongTheChainOverThreeLevelsAndTheChainMayNotRunRound() {
		UUID federationOrg = organization("اتحادیه ملی");
		UUID unionOrg = organization("اتحادیه تعاونی‌های تولیدی استان زنجان");
		UUID knives = organization("تعاونی تولیدی چاقوسازان زنجان");
		NetworkView confederation = network(NetworkKind.UNION, "اتاق تعاون", null);
		NetworkView federation = network(NetworkKind.UNION, "اتحادیه ملی", federationOrg);
		NetworkView union = network(NetworkKind.UNION, "اتحادیه زنجان", unionOrg);
		member(confederation, federationOrg);
		member(federation, unionOrg);
		member(union, knives);

		NetworkView top = this.networks.get(confederation.id(), this.admin);
		assertThat(top.members()).extracting(NetworkView.MemberView::organizationId).containsExactly(federationOrg);
		assertThat(top.inherited()).extracting(NetworkView.Inherited::organizationId, NetworkView.Inherited::depth)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(unionOrg, 1),
					org.assertj.core.groups.Tuple.tuple(knives, 2));
		assertThat(top.inherited().get(1).throughId()).isEqualTo(union.id());

		// found by a word of its name, with or without its kind
		assertThat(this.networks.search("اتحادیه زنجان", null, null, 0, 20).items()).extracting(NetworkSummary::id)
			.contains(union.id());
		// typed with an Arabic keyboard's ي, found all the same
		assertThat(this.networks.search("اتحاديه زنجان", null, null, 0, 20).items())
			.extracting(NetworkSummary::id, NetworkSummary::members)
			.contains(org.assertj.core.groups.Tuple.tuple(union.id(), 1L));
		assertThat(this.networks.search("", NetworkKind.PLATFORM, this.region.id(), 0, 20).items()).isEmpty();

		Memberships memberships = this.networks.ofOrganization(knives);
		assertThat(memberships.direct()).extracting(Memberships.Direct::networkId).containsExactly(union.id());
		assertThat(memberships.inherited()).extracting(Memberships.Through::networkId)
			.containsExactly(federation.id(), confederation.id());

		// the confederation's federation may not take in what is above it
		assertThatThrownBy(() -> member(union, federationOrg)).isInstanceOfSatisfying(InvalidInput.class,
				(ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + " " + v.messageKey())
					.containsExactly("organizationId networks.error.cycle"));
		assertThatThrownBy(() -> member(federation, federationOrg)).isInstanceOf(InvalidInput.class);
		// nor be embodied by an organization that belongs below it
		NetworkDraft embodied = new NetworkDraft(NetworkKind.UNION, Map.of("fa", "اتاق تعاون"), Map.of(), null, null,
				knives, List.of(), List.of(), List.of(), List.of());
		assertThatThrownBy(() -> this.networks.update(confederation.id(), embodied, null, this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("networks.error.cycle"));
	}

	@Test
	void aMemberIsNotAddedTwiceForDaysThatOverlapAndLeavesOnlyAfterJoining() {
		UUID cooperative = organization("Spółdzielnia Socjalna PROM");
		NetworkView group = network(NetworkKind.THEMATIC_GROUP, "Grupa tematyczna", null);
		this.networks.addMember(group.id(), new MemberDraft(cooperative, null, MemberRole.MEMBER,
				LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)), this.admin);
		assertThatThrownBy(() -> this.networks.addMember(group.id(),
				new MemberDraft(cooperative, null, MemberRole.OBSERVER, LocalDate.of(2018, 6, 1), null), this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("networks.error.overlap"));
		// back after it left: a second membership
		this.networks.addMember(group.id(),
				new MemberDraft(cooperative, null, MemberRole.OBSERVER, LocalDate.of(2019, 1, 1), null), this.admin);
		assertThat(this.networks.get(group.id(), this.admin).members()).hasSize(2);
		assertThatThrownBy(() -> this.networks.addMember(group.id(),
				new MemberDraft(organization("CIS"), null, MemberRole.HOST, LocalDate.of(2020, 5, 1),
						LocalDate.of(2020, 1, 1)),
				this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations().get(0).field()).isEqualTo("leftOn"));
	}

	@Test
	void personMembersAndCoordinatorsAreForTheNetworksKeepersAlone() {
		NetworkView platform = this.networks
			.create(new NetworkDraft(NetworkKind.PLATFORM, Map.of("tr", "Bursa Sosyal Sorumluluk Platformu"), Map.of(),
					null, null, null, List.of(), List.of(), List.of(), List.of()), TestActors.coordinator());
		UUID person = this.people
			.create(new PersonDraft("Dilek Cesur", null, null, null, List.of(), List.of()), this.admin)
			.id();
		this.networks.addMember(platform.id(), new MemberDraft(null, person, MemberRole.CHAIR, null, null),
				TestActors.coordinator());

		NetworkView seenByItsCoordinator = this.networks.get(platform.id(), TestActors.coordinator());
		assertThat(seenByItsCoordinator.persons()).extracting(NetworkView.MemberView::name)
			.containsExactly("Dilek Cesur");
		assertThat(seenByItsCoordinator.coordinators()).containsExactly("nagehan");
		NetworkView seenByAnyone = this.networks.get(platform.id(), Actor.ANONYMOUS);
		assertThat(seenByAnyone.persons()).isEmpty();
		assertThat(seenByAnyone.coordinators()).isNull();
		assertThat(seenByAnyone.editable()).isFalse();
		Actor another = new Actor("mariusz", java.util.Set.of(org.ortak.shared.security.Role.COORDINATOR),
				java.util.Set.of());
		assertThatThrownBy(() -> this.networks.addMember(platform.id(),
				new MemberDraft(organization("Villa Verde"), null, MemberRole.HOST, null, null), another))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void theLedgersTotalsAreSummedByTheDatabasePerCurrencyAndHiddenLinesAreSeenOnlyByWhoMaySeeThem() {
		UUID yesim = organization("Yeşim Grup");
		UUID villaVerde = organization("Villa Verde");
		NetworkView platform = network(NetworkKind.PLATFORM, "Bursa Sosyal Sorumluluk Platformu", null);
		LocalDate day = LocalDate.of(2025, 12, 10);
		record(platform,
				new ContributionDraft(null, yesim, null, ContributionKind.MONEY, null, ContributionVisibility.PUBLIC,
						day, null, new java.math.BigDecimal("25000.50"), "try", null, null, null));
		record(platform,
				new ContributionDraft(null, yesim, null, ContributionKind.MONEY, null, ContributionVisibility.PUBLIC,
						day.plusDays(1), null, new java.math.BigDecimal("14999.50"), "TRY", null, null, null));
		record(platform, new ContributionDraft(null, yesim, null, ContributionKind.MONEY, null,
				ContributionVisibility.PUBLIC, day, null, new java.math.BigDecimal("1000"), "EUR", null, null, null));
		record(platform,
				new ContributionDraft(null, villaVerde, null, ContributionKind.MONEY, ContributionStatus.PLEDGED,
						ContributionVisibility.COORDINATORS, day, null, new java.math.BigDecimal("7500"), "TRY", null,
						null, null));
		record(platform,
				new ContributionDraft(null, villaVerde, null, ContributionKind.VENUE, null,
						ContributionVisibility.PUBLIC, day, "Beşinci çalıştayın salonu ve ikramı", null, null, null,
						null, null));
		record(platform, new ContributionDraft(null, yesim, null, ContributionKind.VOLUNTEERING, null,
				ContributionVisibility.PUBLIC, day, null, null, null, new java.math.BigDecimal("36"), null, 12));

		Contributions.Ledger seenByAll = this.contributions.ledger(platform.id(), this.admin);
		assertThat(seenByAll.lines()).hasSize(6);
		// the database's sums: TRY and EUR apart, each as the ledger adds up
		ContributionTotal lira = seenByAll.totals()
			.stream()
			.filter((t) -> yesim.equals(t.organizationId()) && "TRY".equals(t.currency()))
			.findFirst()
			.orElseThrow();
		assertThat(lira.amount()).isEqualByComparingTo("40000.00");
		assertThat(lira.count()).isEqualTo(2);
		assertThat(lira.year()).isEqualTo(2025);
		assertThat(seenByAll.totals()).filteredOn((t) -> "EUR".equals(t.currency()))
			.extracting(ContributionTotal::amount)
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("1000"));
		assertThat(seenByAll.totals()).filteredOn((t) -> t.kind() == ContributionKind.VOLUNTEERING)
			.extracting(ContributionTotal::hours, ContributionTotal::persons)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(new java.math.BigDecimal("36.00"), 12L));

		// a pledge for the coordinators: Villa Verde's managers see it, Yeşim's and
		// anyone not
		Actor villaVerdeManager = TestActors.manager(villaVerde);
		assertThat(this.contributions.ledger(platform.id(), villaVerdeManager).lines()).hasSize(6);
		Contributions.Ledger seenByYesim = this.contributions.ledger(platform.id(), TestActors.manager(yesim));
		assertThat(seenByYesim.lines()).hasSize(5);
		assertThat(seenByYesim.totals()).noneMatch((t) -> t.status() == ContributionStatus.PLEDGED);
		assertThat(this.contributions.ledger(platform.id(), Actor.ANONYMOUS).lines()).hasSize(5);
		assertThatThrownBy(() -> this.contributions.record(platform.id(),
				new ContributionDraft(null, yesim, null, ContributionKind.MONEY, null, null, day, null,
						java.math.BigDecimal.TEN, "TRY", null, null, null),
				villaVerdeManager))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void aContributionWithoutItsAmountsCurrencyOrDeliveredInTheFutureIsRefusedNamingEachField() {
		UUID yesim = organization("Yeşim Grup");
		NetworkView platform = network(NetworkKind.PLATFORM, "Platform", null);
		assertThatThrownBy(() -> record(platform,
				new ContributionDraft(null, yesim, null, ContributionKind.MONEY, null, null,
						LocalDate.now().plusDays(3), null, new java.math.BigDecimal("-5"), null, null, null, null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + " " + v.messageKey())
						.contains("contributedOn contributions.error.deliveredInFuture",
								"amount contributions.error.amount", "currency contributions.error.currencyRequired"));
		assertThatThrownBy(() -> record(platform,
				new ContributionDraft(null, yesim, null, ContributionKind.MONEY, null, null, LocalDate.of(2025, 1, 1),
						null, new java.math.BigDecimal("10.005"), "LIR", null, null, null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + " " + v.messageKey())
						.contains("amount contributions.error.amountCents", "currency contributions.error.currency"));
		assertThatThrownBy(() -> record(platform,
				new ContributionDraft(null, yesim, null, ContributionKind.EXPERTISE, null, null,
						LocalDate.of(2025, 1, 1), null, null, null, null, null, null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations()).extracting(org.ortak.shared.Violation::field)
						.contains("hours", "field"));
		assertThat(this.contributions.ledger(platform.id(), this.admin).lines()).isEmpty();
	}

	private void record(NetworkView network, ContributionDraft draft) {
		this.contributions.record(network.id(), draft, this.admin);
	}

}
