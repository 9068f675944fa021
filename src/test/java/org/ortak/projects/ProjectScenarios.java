package org.ortak.projects;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.TestActors;
import org.ortak.events.EventDetails;
import org.ortak.events.EventDraft;
import org.ortak.events.EventFormat;
import org.ortak.events.EventKind;
import org.ortak.events.Events;
import org.ortak.events.Registered;
import org.ortak.events.RegistrationDraft;
import org.ortak.events.RegistrationSource;
import org.ortak.events.Registrations;
import org.ortak.events.Visibility;
import org.ortak.indicators.Frequency;
import org.ortak.indicators.IndicatorDraft;
import org.ortak.indicators.IndicatorSource;
import org.ortak.indicators.Indicators;
import org.ortak.indicators.PeriodCalendar;
import org.ortak.indicators.SubjectKind;
import org.ortak.indicators.TargetDraft;
import org.ortak.indicators.TargetStatus;
import org.ortak.indicators.Targets;
import org.ortak.indicators.ValueEntry;
import org.ortak.networks.ContributionDraft;
import org.ortak.networks.ContributionKind;
import org.ortak.networks.ContributionStatus;
import org.ortak.networks.ContributionVisibility;
import org.ortak.networks.Contributions;
import org.ortak.networks.Networks;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestCountries;
import org.ortak.organizations.TestOrganizations;
import org.ortak.people.Gender;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.Violation;
import org.ortak.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Projects against a real database, on H2 and on PostgreSQL by the subclasses: their
 * activities counted planned and held from the events, their participants once each from
 * who came, and their computed results in step with attendance and the register; funding
 * checked (an unknown currency, too many decimals); who may see and change them.
 */
abstract class ProjectScenarios {

	private static final ZoneId BAKU = ZoneId.of("Asia/Baku");

	@Autowired
	Projects projects;

	@Autowired
	Events events;

	@Autowired
	Registrations registrations;

	@Autowired
	Indicators indicators;

	@Autowired
	Targets targets;

	@Autowired
	Organizations organizations;

	@Autowired
	Networks networks;

	@Autowired
	Contributions contributions;

	@Autowired
	Regions regions;

	@Autowired
	Clock clock;

	final Actor admin = TestActors.admin();

	RegionView region;

	@BeforeEach
	void place() {
		this.region = TestCountries.regionIn(this.regions, "AZ");
	}

	private UUID organization(String name) {
		return this.organizations
			.create(TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.region.id()),
					name + " " + UUID.randomUUID().toString().substring(0, 8)), OrganizationStatus.ACTIVE, this.admin)
			.id();
	}

	private EventDetails seminar(LocalDateTime start) {
		return this.events.create(new EventDraft(EventKind.SEMINAR, Map.of("az", "Seminar-treninq"), Map.of(), start,
				start.plusHours(6), BAKU, null, this.region.id(), Visibility.PUBLIC, EventFormat.IN_PERSON, null, 20,
				true, null, null, null, List.of(), List.of()), this.admin);
	}

	private ProjectDraft draft(UUID implementer, List<UUID> events, Funding funding) {
		return new ProjectDraft("AZ-QHT-1", Map.of("az", "Qadınların bələdiyyələrdə iştirakı"), null, null,
				ProjectStatus.RUNNING, LocalDate.now(this.clock).minusMonths(1),
				LocalDate.now(this.clock).plusMonths(4), implementer, funding, null, null, List.of(),
				List.of(this.region.id()),
				List.of(new TargetGroup("Namizəd qadınlar (Masallı)", 20, Gender.FEMALE, null, this.region.id()),
						new TargetGroup("Namizəd qadınlar (Astara)", 20, Gender.FEMALE, "25-34", null)),
				events, List.of());
	}

	private Registered came(EventDetails event, String name, Gender gender, String email) {
		Registered registered = this.registrations.register(event.id(),
				new RegistrationDraft(name, gender, email, null, null, null, null, Set.of(), null, true),
				RegistrationSource.COORDINATOR, this.admin, Locale.ENGLISH);
		this.registrations.checkIn(event.id(), registered.id(), true, this.admin);
		return registered;
	}

	private static List<String> fields(InvalidInput ex) {
		return ex.violations().stream().map(Violation::field).toList();
	}

	@Test
	void theDemoProjectsAreTheStoriesWithTheirCountsWorkedOutByHand() {
		ProjectSummary azerbaijani = this.projects.search("Regionlarda qadın", null, null, 0, 5, Actor.ANONYMOUS)
			.items()
			.get(0);
		ProjectView az = this.projects.get(azerbaijani.id(), Actor.ANONYMOUS);
		// 2 districts x (2 two-day seminar-trainings + 1 two-day meeting) = 12 events,
		// all held
		assertThat(az.plannedActivities()).isEqualTo(12);
		assertThat(az.heldActivities()).isEqualTo(12);
		// 40 women in 2 groups of 20
		assertThat(az.plannedReach()).isEqualTo(40);
		assertThat(az.groups()).extracting(ProjectView.GroupView::plannedSize).containsExactly(20, 20);
		assertThat(az.groups()).extracting(ProjectView.GroupView::gender).containsOnly(Gender.FEMALE);
		assertThat(az.regions()).hasSize(2);
		assertThat(az.results()).extracting(TargetStatus::targetValue)
			.usingElementComparator(BigDecimal::compareTo)
			.containsOnly(new BigDecimal("40"));
		// found by the district it is aimed at, and by the country the district lies in
		UUID masalli = az.regions().get(0).id();
		assertThat(this.projects.search(null, masalli, null, 0, 20, Actor.ANONYMOUS).items())
			.extracting(ProjectSummary::id)
			.contains(az.id());
		assertThat(this.projects.search(null, az.regions().get(0).id(), az.implementer().id(), 0, 20, Actor.ANONYMOUS)
			.items()).extracting(ProjectSummary::id).containsExactly(az.id());
		ProjectView pl = this.projects.get(
				this.projects.search("Świętokrzyska", null, null, 0, 5, Actor.ANONYMOUS).items().get(0).id(),
				Actor.ANONYMOUS);
		assertThat(pl.funding().programme()).contains("2014-2020");
		assertThat(pl.funding().axis()).startsWith("9 ");
		assertThat(pl.funding().action()).startsWith("9.3 ");
		assertThat(pl.funding().subAction()).startsWith("9.3.2 ");
		// the sector's size as the story gives it is the target; the register says the
		// rest
		assertThat(pl.results()).extracting(TargetStatus::targetValue)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactlyInAnyOrder(new BigDecimal("280"), new BigDecimal("3400"));
		long inRegister = this.organizations.count(null, null, pl.regions().get(0).id()).organizations();
		assertThat(inRegister).isPositive();
		assertThat(pl.results()
			.stream()
			.filter((t) -> t.targetValue().compareTo(new BigDecimal("280")) == 0)
			.findFirst()
			.orElseThrow()
			.actualValue()).isEqualByComparingTo(BigDecimal.valueOf(inRegister));
	}

	@Test
	void participantsAreCountedOnceAcrossActivitiesAndComputedResultsFollowAttendance() {
		UUID society = organization("Cəmiyyət");
		EventDetails first = seminar(
				LocalDateTime.now().plusDays(10).withHour(10).withMinute(0).withSecond(0).withNano(0));
		EventDetails second = seminar(
				LocalDateTime.now().plusDays(11).withHour(10).withMinute(0).withSecond(0).withNano(0));
		ProjectView project = this.projects.create(
				draft(society, List.of(first.id(), second.id()), new Funding(null, "QHT-lərə Dövlət Dəstəyi Agentliyi",
						null, null, null, null, new BigDecimal("12000.50"), "azn", new BigDecimal("15"))),
				this.admin);
		assertThat(project.plannedActivities()).isEqualTo(2);
		assertThat(project.heldActivities()).isZero();
		assertThat(project.plannedReach()).isEqualTo(40);
		assertThat(project.funding().currency()).isEqualTo("AZN");
		// 15% of 12,000.50 is 1,800.075, kept to the cent
		assertThat(project.funding().coFinancedAmount()).isEqualByComparingTo("1800.08");
		UUID trained = this.indicators
			.create(new IndicatorDraft(null, Map.of("az", "Maarifləndirilmiş qadınlar"), null, "nəfər", null, null,
					null, IndicatorSource.PARTICIPANTS), this.admin)
			.id();
		LocalDate today = LocalDate.now(this.clock);
		UUID target = this.targets
			.attach(trained, SubjectKind.PROJECT, project.id(),
					new TargetDraft(society, BigDecimal.ZERO, today.minusMonths(1), new BigDecimal("40"),
							today.plusMonths(4), Frequency.MONTH, PeriodCalendar.GREGORIAN),
					this.admin)
			.id();
		assertThat(this.targets.get(trained, target, this.admin).status().actualValue()).isEqualByComparingTo("0");

		came(first, "Aygün Məmmədova", Gender.FEMALE, "aygun@example.org");
		came(first, "Səbinə Əliyeva", Gender.FEMALE, "sebine@example.org");
		Registered rauf = came(first, "Rauf Quliyev", Gender.MALE, "rauf@example.org");
		// the same woman at the second activity is still one participant
		came(second, "Aygün Məmmədova", Gender.FEMALE, "aygun@example.org");

		ProjectView counted = this.projects.get(project.id(), this.admin);
		assertThat(counted.participants().people()).isEqualTo(3);
		assertThat(counted.participants().attendances()).isEqualTo(4);
		assertThat(counted.participants().byGender()).containsEntry("FEMALE", 2L).containsEntry("MALE", 1L);
		// computed after each commit: the result follows who came, by gender
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.targets.get(trained, target, this.admin).status().actualValue())
				.isEqualByComparingTo("3"));
		assertThat(this.targets.get(trained, target, this.admin).values()).singleElement()
			.satisfies((v) -> assertThat(v.parts()).anySatisfy((p) -> {
				assertThat(p.category()).isEqualTo("FEMALE");
				assertThat(p.amount()).isEqualByComparingTo("2");
			}));
		// someone checked out again is no longer counted
		this.registrations.checkIn(first.id(), rauf.id(), false, this.admin);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.targets.get(trained, target, this.admin).status().actualValue())
				.isEqualByComparingTo("2"));
		// nobody enters a computed value by hand
		assertThatThrownBy(() -> this.targets.submit(target, today.toString().substring(0, 7),
				new ValueEntry(new BigDecimal("40"), List.of(), null, null), null, this.admin))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).contains("amount"));
	}

	@Test
	void computedRegisterFiguresFollowTheRegister() {
		UUID society = organization("Cəmiyyət");
		ProjectView project = this.projects.create(draft(society, List.of(), Funding.NONE), this.admin);
		UUID cooperatives = this.indicators
			.create(new IndicatorDraft(null, Map.of("az", "Fəal kooperativlər"), null, null, null, null, null,
					IndicatorSource.ACTIVE_COOPERATIVES), this.admin)
			.id();
		LocalDate today = LocalDate.now(this.clock);
		UUID target = this.targets
			.attach(cooperatives, SubjectKind.PROJECT, project.id(),
					new TargetDraft(society, BigDecimal.ZERO, today.minusMonths(1), new BigDecimal("10"),
							today.plusMonths(4), Frequency.QUARTER, PeriodCalendar.GREGORIAN),
					this.admin)
			.id();
		long before = this.organizations
			.count(org.ortak.organizations.OrganizationKind.COOPERATIVE, OrganizationStatus.ACTIVE, this.region.id())
			.organizations();
		assertThat(this.targets.get(cooperatives, target, this.admin).status().actualValue())
			.isEqualByComparingTo(BigDecimal.valueOf(before));
		// a new active cooperative of the region counts, once the change is committed
		organization("Yeni kooperativ");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.targets.get(cooperatives, target, this.admin).status().actualValue())
				.isEqualByComparingTo(BigDecimal.valueOf(before + 1)));
	}

	@Test
	void aLineOfANetworksLedgerIsMadeToOneOfItsJointProjects() {
		UUID society = organization("Cəmiyyət");
		UUID network = this.networks.search(null, null, null, 0, 1).items().get(0).id();
		ProjectDraft base = draft(society, List.of(), Funding.NONE);
		ProjectView joint = this.projects
			.create(new ProjectDraft(null, base.titles(), null, null, ProjectStatus.RUNNING, null, null, society, null,
					null, network, List.of(), List.of(), List.of(), List.of(), List.of()), this.admin);
		ProjectView alone = this.projects.create(base, this.admin);
		LocalDate today = LocalDate.now(this.clock);
		this.contributions.record(network,
				new ContributionDraft(null, society, null, ContributionKind.MONEY, ContributionStatus.DELIVERED,
						ContributionVisibility.PUBLIC, today, "Seminar zalı", new BigDecimal("250.00"), "AZN", null,
						null, null, joint.id()),
				this.admin);
		// a project that is not the network's is no place for its line
		assertThatThrownBy(() -> this.contributions.record(network,
				new ContributionDraft(null, society, null, ContributionKind.MONEY, ContributionStatus.DELIVERED,
						ContributionVisibility.PUBLIC, today, null, new BigDecimal("10"), "AZN", null, null, null,
						alone.id()),
				this.admin))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).containsExactly("projectId"));
		Contributions.Ledger ledger = this.projects.contributions(joint.id(), Actor.ANONYMOUS).orElseThrow();
		assertThat(ledger.lines()).singleElement().satisfies((line) -> {
			assertThat(line.amount()).isEqualByComparingTo("250");
			assertThat(line.projectId()).isEqualTo(joint.id());
		});
		assertThat(this.projects.contributions(alone.id(), this.admin)).isEmpty();
	}

	@Test
	void badFundingAndRowsAreNamedAndNothingIsKept() {
		UUID society = organization("Cəmiyyət");
		long before = this.projects.search(null, null, society, 0, 20, this.admin).totalElements();
		assertThatThrownBy(() -> this.projects.create(
				draft(society, List.of(),
						new Funding(null, null, null, null, null, null, new BigDecimal("1000"), "XYZ", null)),
				this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(fields(ex)).containsExactly("funding.currency"));
		assertThatThrownBy(() -> this.projects.create(draft(society, List.of(),
				new Funding(null, null, null, null, null, null, new BigDecimal("1000.5"), "JPY",
						new BigDecimal("101"))),
				this.admin))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex))
				.containsExactlyInAnyOrder("funding.budget", "funding.coFinancingPercent"));
		assertThatThrownBy(() -> this.projects.create(
				draft(society, List.of(),
						new Funding(null, null, null, null, null, null, new BigDecimal("1000"), null, null)),
				this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(fields(ex)).containsExactly("funding.currency"));
		ProjectDraft partnerTwice = new ProjectDraft(null, Map.of("az", "Layihə"), null, null, null, null, null,
				society, null, UUID.randomUUID(), null, List.of(new Partner(society, null)), List.of(UUID.randomUUID()),
				List.of(new TargetGroup(null, 0, null, "100+", null)), List.of(UUID.randomUUID()), List.of());
		assertThatThrownBy(() -> this.projects.create(partnerTwice, this.admin)).isInstanceOfSatisfying(
				InvalidInput.class, (ex) -> assertThat(fields(ex)).contains("partners[0].organizationId", "regions",
						"groups[0].name", "groups[0].plannedSize", "groups[0].ageBand", "events", "planItemId"));
		assertThat(this.projects.search(null, null, society, 0, 20, this.admin).totalElements()).isEqualTo(before);
	}

	@Test
	void aDraftIsTheKeepersAndCarriersAndOnlyItsCoordinatorsChangeIt() {
		UUID society = organization("Cəmiyyət");
		ProjectDraft drafted = new ProjectDraft(null, Map.of("az", "Qaralama layihə"), null, null, ProjectStatus.DRAFT,
				null, null, society, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
		ProjectView project = this.projects.create(drafted, TestActors.coordinator());
		assertThatThrownBy(() -> this.projects.get(project.id(), Actor.ANONYMOUS)).isInstanceOf(NotFound.class);
		assertThat(this.projects.get(project.id(), TestActors.manager(society)).editable()).isFalse();
		assertThat(this.projects.search(null, null, society, 0, 20, Actor.ANONYMOUS).items()).isEmpty();
		assertThatThrownBy(() -> this.projects.update(project.id(), drafted, null, TestActors.manager(society)))
			.isInstanceOf(Forbidden.class);
		ProjectView changed = this.projects.update(project.id(),
				new ProjectDraft(null, Map.of("az", "Layihə"), null, null, ProjectStatus.RUNNING, null, null, society,
						null, null, null, List.of(), List.of(), List.of(), List.of(), List.of()),
				project.version(), this.admin);
		assertThat(changed.status()).isEqualTo(ProjectStatus.RUNNING);
		assertThat(this.projects.get(project.id(), Actor.ANONYMOUS).coordinators()).isNull();
	}

}
