package org.ortak.plans;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.TestActors;
import org.ortak.indicators.Aggregation;
import org.ortak.indicators.Dimension;
import org.ortak.indicators.Frequency;
import org.ortak.indicators.IndicatorDraft;
import org.ortak.indicators.Indicators;
import org.ortak.indicators.Light;
import org.ortak.indicators.Period;
import org.ortak.indicators.PeriodCalendar;
import org.ortak.indicators.SubjectKind;
import org.ortak.indicators.TargetDraft;
import org.ortak.indicators.TargetStatus;
import org.ortak.indicators.Targets;
import org.ortak.indicators.ValueEntry;
import org.ortak.indicators.ValuePart;
import org.ortak.indicators.ValueStatus;
import org.ortak.indicators.ValueType;
import org.ortak.indicators.ValueView;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestCountries;
import org.ortak.organizations.TestOrganizations;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;
import org.ortak.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plans, their targets and values against a real database, run on H2 and on PostgreSQL by
 * the subclasses: the tree stays a tree, values are checked, submitted and approved by
 * whom they belong to, corrections keep the old value, and progress rolls up as worked
 * out by hand.
 */
abstract class PlanScenarios {

	@Autowired
	Plans plans;

	@Autowired
	Indicators indicators;

	@Autowired
	Targets targets;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	Clock clock;

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

	private PlanView plan(UUID owner) {
		return this.plans.create(new PlanDraft("ZNJ", Map.of("fa", "برنامه تحول بخش تعاون"), null, owner,
				PlanStatus.ADOPTED, null, null, "سند توسعه تعاون", "92", Period.parse("SH1392").start(), List.of()),
				this.admin);
	}

	private ItemView item(PlanView plan, UUID parent, String title, ItemStatus status, List<Agency> agencies) {
		return this.plans.addItem(plan.id(),
				new ItemDraft(parent, null, null, Map.of("fa", title), null, status, false, null, null, agencies),
				this.admin);
	}

	private ItemDraft moved(ItemView item, UUID parent) {
		return new ItemDraft(parent, null, item.code(), item.titles(), null, item.status(), false, null, null,
				List.of());
	}

	private static List<String> fields(InvalidInput ex) {
		return ex.violations().stream().map(Violation::field).toList();
	}

	private UUID indicator(ValueType type, Aggregation aggregation, Dimension... dimensions) {
		return this.indicators
			.create(new IndicatorDraft(null, Map.of("az", "Təlim keçmiş qadınlar"), null, "nəfər", type, aggregation,
					java.util.Set.of(dimensions), null), this.admin)
			.id();
	}

	@Test
	void theTreeStaysATreeAtMostFourLevelsDeep() {
		PlanView plan = plan(null);
		ItemView strategy = item(plan, null, "ترویج فرهنگ تعاون", ItemStatus.IN_PROGRESS, List.of());
		ItemView programme = item(plan, strategy.id(), "تعاونی‌های دانش‌آموزی", ItemStatus.PLANNED, List.of());
		ItemView action = item(plan, programme.id(), "اقدام", ItemStatus.PLANNED, List.of());
		ItemView task = item(plan, action.id(), "کار", ItemStatus.PLANNED, List.of());
		assertThat(task.depth()).isEqualTo(4);
		// a fifth level is refused
		assertThatThrownBy(() -> item(plan, task.id(), "پنجم", ItemStatus.PLANNED, List.of()))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).contains("parentId"));
		// a strategy under its own programme would be a cycle
		assertThatThrownBy(() -> this.plans.updateItem(plan.id(), strategy.id(), moved(strategy, programme.id()), null,
				this.admin))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.violations())
				.anyMatch((v) -> v.field().equals("parentId") && v.messageKey().equals("plans.error.cycle")));
		// moving the programme under another strategy moves what is under it
		ItemView other = item(plan, null, "تقویت همکاری‌های بین‌دستگاهی", ItemStatus.PLANNED, List.of());
		this.plans.updateItem(plan.id(), programme.id(), moved(programme, other.id()), null, this.admin);
		List<ItemView> items = this.plans.get(plan.id(), this.admin).items();
		assertThat(items).extracting(ItemView::title)
			.containsExactly("ترویج فرهنگ تعاون", "تقویت همکاری‌های بین‌دستگاهی", "تعاونی‌های دانش‌آموزی", "اقدام",
					"کار");
		// moving the action up to the top makes it and its task a strategy and a
		// programme
		this.plans.updateItem(plan.id(), action.id(), moved(action, null), null, this.admin);
		assertThat(this.plans.item(plan.id(), task.id(), this.admin).depth()).isEqualTo(2);
		// an item with something under it is not removed
		assertThatThrownBy(() -> this.plans.deleteItem(plan.id(), action.id(), this.admin))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void anAdoptedPlanNamesItsDocumentAndAnItemOneLead() {
		UUID directorate = organization("اداره کل تعاون");
		assertThatThrownBy(() -> this.plans.create(new PlanDraft(null, Map.of(), null, null, PlanStatus.ADOPTED,
				LocalDate.of(2025, 3, 21), LocalDate.of(2025, 1, 1), null, null, null, List.of()), this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(fields(ex)).contains("titles", "endsOn", "adoptedByName", "adoptedOn"));
		PlanView plan = plan(directorate);
		assertThatThrownBy(() -> item(plan, null, "راهبرد", ItemStatus.PLANNED,
				List.of(new Agency(directorate, AgencyRole.LEAD, null),
						new Agency(organization("دانشگاه"), AgencyRole.LEAD, null))))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations()).anyMatch((v) -> v.messageKey().equals("plans.error.oneLead")));
	}

	@Test
	void valuesAreCheckedAgainstTheirIndicatorAndTarget() {
		UUID society = organization("Azərbaycan Qadınlarının Hüquqlarının Müdafiə Cəmiyyəti");
		PlanView plan = plan(null);
		ItemView item = item(plan, null, "Qadınların maarifləndirilməsi", ItemStatus.IN_PROGRESS,
				List.of(new Agency(society, AgencyRole.LEAD, null)));
		LocalDate today = LocalDate.now(this.clock);
		LocalDate baseline = today.minusYears(1);
		UUID women = indicator(ValueType.NUMBER, Aggregation.SUM, Dimension.GENDER);
		// a target date before the baseline's, an organization not responsible
		assertThatThrownBy(() -> this.targets.attach(women, SubjectKind.PLAN_ITEM, item.id(),
				new TargetDraft(organization("başqa"), BigDecimal.ZERO, baseline, new BigDecimal("40"),
						baseline.minusDays(1), Frequency.QUARTER, PeriodCalendar.GREGORIAN),
				this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(fields(ex)).contains("targetOn", "organizationId"));
		TargetStatus target = this.targets.attach(
				women, SubjectKind.PLAN_ITEM, item.id(), new TargetDraft(society, BigDecimal.ZERO, baseline,
						new BigDecimal("40"), today.plusYears(1), Frequency.QUARTER, PeriodCalendar.GREGORIAN),
				this.admin);
		String last = Period.containing(today, PeriodCalendar.GREGORIAN, Frequency.QUARTER).previous().code();
		// parts that do not add up to the total
		assertThatThrownBy(() -> this.targets.submit(target.id(), last,
				new ValueEntry(new BigDecimal("20"),
						List.of(new ValuePart(Dimension.GENDER, "FEMALE", new BigDecimal("19"))), null, null),
				null, this.admin))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.violations())
				.anyMatch((v) -> v.messageKey().equals("indicators.error.partsDoNotAddUp")));
		// a period before the baseline, a period of another calendar, one not begun
		String before = Period.containing(baseline.minusYears(1), PeriodCalendar.GREGORIAN, Frequency.QUARTER).code();
		String persian = Period.containing(today, PeriodCalendar.SOLAR_HIJRI, Frequency.QUARTER).code();
		String ahead = Period.containing(today.plusMonths(4), PeriodCalendar.GREGORIAN, Frequency.QUARTER).code();
		for (String period : new String[] { before, persian, ahead, "2025Q9" }) {
			assertThatThrownBy(() -> this.targets.submit(target.id(), period,
					new ValueEntry(BigDecimal.ONE, null, null, null), null, this.admin))
				.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).containsExactly("period"));
		}
		// a percentage over 100
		UUID share = indicator(ValueType.PERCENTAGE, Aggregation.LAST);
		TargetStatus shareTarget = this.targets.attach(
				share, SubjectKind.PLAN_ITEM, item.id(), new TargetDraft(society, BigDecimal.ZERO, baseline,
						new BigDecimal("50"), today.plusYears(1), Frequency.QUARTER, PeriodCalendar.GREGORIAN),
				this.admin);
		assertThatThrownBy(() -> this.targets.submit(shareTarget.id(), last,
				new ValueEntry(new BigDecimal("100.5"), null, null, null), null, this.admin))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.violations())
				.anyMatch((v) -> v.messageKey().equals("indicators.error.percentage")));
		// a sum of percentages is refused at the definition
		assertThatThrownBy(() -> indicator(ValueType.PERCENTAGE, Aggregation.SUM))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).contains("aggregation"));
		// nothing was kept of what was refused
		assertThat(this.targets.get(null, target.id(), this.admin).values()).isEmpty();
	}

	@Test
	void anOrganizationEntersValuesOnlyForWhatItReportsAndTheKeepersApprove() {
		UUID society = organization("Cəmiyyət");
		UUID other = organization("Agentlik");
		PlanView plan = plan(null);
		ItemView item = item(plan, null, "Maarifləndirmə", ItemStatus.IN_PROGRESS,
				List.of(new Agency(society, AgencyRole.LEAD, null), new Agency(other, AgencyRole.SUPPORTING, null)));
		LocalDate today = LocalDate.now(this.clock);
		TargetStatus target = this.targets.attach(indicator(ValueType.NUMBER, Aggregation.SUM), SubjectKind.PLAN_ITEM,
				item.id(), new TargetDraft(society, BigDecimal.ZERO, today.minusYears(1), new BigDecimal("40"),
						today.plusYears(1), Frequency.QUARTER, PeriodCalendar.GREGORIAN),
				this.admin);
		String last = Period.containing(today, PeriodCalendar.GREGORIAN, Frequency.QUARTER).previous().code();
		Actor otherManager = TestActors.manager(other);
		assertThatThrownBy(() -> this.targets.submit(target.id(), last,
				new ValueEntry(BigDecimal.TEN, null, null, null), null, otherManager))
			.isInstanceOf(Forbidden.class);
		Actor manager = TestActors.manager(society);
		ValueView submitted = this.targets.submit(target.id(), last,
				new ValueEntry(new BigDecimal("20"), null, "Masallı", null), null, manager);
		assertThat(submitted.status()).isEqualTo(ValueStatus.SUBMITTED);
		// the manager does not approve; whoever keeps the plan does
		assertThatThrownBy(
				() -> this.targets.review(null, submitted.id(), Targets.Decision.APPROVE, null, null, manager))
			.isInstanceOf(Forbidden.class);
		// the public sees no value before it is approved
		assertThat(this.targets.get(null, target.id(), org.ortak.shared.security.Actor.ANONYMOUS).values()).isEmpty();
		this.targets.review(null, submitted.id(), Targets.Decision.APPROVE, null, null, this.admin);
		TargetStatus status = this.targets.get(null, target.id(), this.admin).status();
		assertThat(status.actualValue()).isEqualByComparingTo("20");
		assertThat(status.percent()).isEqualTo(50);
		// a correction is a new revision; the approved value counts until it is approved
		ValueView correction = this.targets.submit(target.id(), last,
				new ValueEntry(new BigDecimal("22"), null, "Masallı and Astara", null), null, manager);
		assertThat(correction.revision()).isEqualTo(2);
		assertThat(this.targets.get(null, target.id(), this.admin).status().actualValue()).isEqualByComparingTo("20");
		this.targets.review(null, correction.id(), Targets.Decision.APPROVE, null, null, this.admin);
		List<ValueView> values = this.targets.get(null, target.id(), org.ortak.shared.security.Actor.ANONYMOUS)
			.values();
		assertThat(values).extracting(ValueView::status).containsExactly(ValueStatus.SUPERSEDED, ValueStatus.APPROVED);
		assertThat(this.targets.get(null, target.id(), this.admin).status().actualValue()).isEqualByComparingTo("22");
	}

	@Test
	void progressRollsUpFromTargetsAndActionsAsWorkedOutByHand() {
		PlanView plan = plan(null);
		ItemView strategy = item(plan, null, "ترویج فرهنگ تعاون", ItemStatus.IN_PROGRESS, List.of());
		ItemView done = item(plan, strategy.id(), "تفاهم‌نامه با دانشگاه‌ها", ItemStatus.DONE, List.of());
		ItemView planned = item(plan, strategy.id(), "تعاونی‌های دانش‌آموزی", ItemStatus.PLANNED, List.of());
		item(plan, strategy.id(), "رها شده", ItemStatus.DROPPED, List.of());
		LocalDate today = LocalDate.now(this.clock);
		TargetStatus target = this.targets.attach(indicator(ValueType.NUMBER, Aggregation.SUM), SubjectKind.PLAN_ITEM,
				planned.id(), new TargetDraft(null, new BigDecimal("10"), today.minusYears(1), new BigDecimal("30"),
						today.plusYears(1), Frequency.YEAR, PeriodCalendar.SOLAR_HIJRI),
				this.admin);
		String year = Period.containing(today.minusYears(1).plusDays(1), PeriodCalendar.SOLAR_HIJRI, Frequency.YEAR)
			.code();
		ValueView value = this.targets.submit(target.id(), year, new ValueEntry(new BigDecimal("5"), null, null, null),
				null, this.admin);
		this.targets.review(null, value.id(), Targets.Decision.APPROVE, null, null, this.admin);
		// planned: baseline 10 + 5 = 15 of the way from 10 to 30: 25 %
		// done: 100 %; dropped: not counted; strategy: (100 + 25) / 2 = 62.5, rounded 63
		PlanView view = this.plans.get(plan.id(), this.admin);
		Map<UUID, Integer> progress = new java.util.HashMap<>();
		view.items().forEach((i) -> progress.put(i.id(), i.progress()));
		assertThat(progress.get(planned.id())).isEqualTo(25);
		assertThat(progress.get(done.id())).isEqualTo(100);
		assertThat(progress.get(strategy.id())).isEqualTo(63);
		assertThat(view.progress()).isEqualTo(63);
		TargetStatus status = view.items()
			.stream()
			.filter((i) -> i.id().equals(planned.id()))
			.findFirst()
			.orElseThrow()
			.targets()
			.get(0);
		assertThat(status.actualValue()).isEqualByComparingTo("15");
		// a quarter of the way a year into two: behind by a quarter of the way at most
		assertThat(status.light()).isIn(Light.AMBER, Light.RED);
	}

	@Test
	void anIndicatorIsChangedByWhoDefinedItAndATotalStaysWhatCanBeKept() {
		Actor nagehan = TestActors.coordinator();
		UUID defined = this.indicators
			.create(new IndicatorDraft(null, Map.of("tr", "Eğitilen kadınlar"), null, null, ValueType.NUMBER,
					Aggregation.SUM, java.util.Set.of(Dimension.GENDER), null), nagehan)
			.id();
		Actor another = new Actor("baska-koordinator", java.util.Set.of(org.ortak.shared.security.Role.COORDINATOR),
				java.util.Set.of());
		IndicatorDraft renamed = new IndicatorDraft(null, Map.of("tr", "Başka bir şey"), null, null, ValueType.NUMBER,
				Aggregation.SUM, java.util.Set.of(Dimension.GENDER), null);
		assertThatThrownBy(() -> this.indicators.update(defined, renamed, null, another)).isInstanceOf(Forbidden.class);
		// once measured, its values' breakdown stays
		UUID society = organization("Cəmiyyət");
		PlanView plan = plan(null);
		ItemView item = item(plan, null, "Maarifləndirmə", ItemStatus.IN_PROGRESS,
				List.of(new Agency(society, AgencyRole.LEAD, null)));
		LocalDate today = LocalDate.now(this.clock);
		TargetStatus target = this.targets.attach(defined, SubjectKind.PLAN_ITEM, item.id(),
				new TargetDraft(society, BigDecimal.ZERO, today.minusYears(1), new BigDecimal("40"), today.plusYears(1),
						Frequency.QUARTER, PeriodCalendar.GREGORIAN),
				this.admin);
		assertThatThrownBy(() -> this.indicators.update(defined,
				new IndicatorDraft(null, Map.of("tr", "Eğitilen"), null, null, ValueType.NUMBER, Aggregation.SUM,
						java.util.Set.of(), null),
				null, nagehan))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).contains("dimensions"));
		// the organization reports on its item even while the plan is a draft
		assertThat(this.targets.get(null, target.id(), TestActors.manager(society)).reports()).isTrue();
		// a region that is no region of the register
		Period last = Period.containing(today, PeriodCalendar.GREGORIAN, Frequency.QUARTER).previous();
		assertThatThrownBy(() -> this.targets.submit(target.id(), last.code(),
				new ValueEntry(BigDecimal.ONE,
						List.of(new ValuePart(Dimension.GENDER, "FEMALE", BigDecimal.ONE),
								new ValuePart(Dimension.REGION, "a\u0000b", BigDecimal.ONE)),
						null, null),
				null, this.admin))
			.isInstanceOf(InvalidInput.class);
		// two values that fit one by one, and not their sum: the second is not approved
		String big = "999999999999999";
		ValueView first = this.targets.submit(target.id(), last.previous().code(),
				new ValueEntry(new BigDecimal(big), null, null, null), null, this.admin);
		this.targets.review(null, first.id(), Targets.Decision.APPROVE, null, null, this.admin);
		ValueView second = this.targets.submit(target.id(), last.code(),
				new ValueEntry(new BigDecimal(big), null, null, null), null, this.admin);
		assertThatThrownBy(
				() -> this.targets.review(null, second.id(), Targets.Decision.APPROVE, null, null, this.admin))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.violations())
				.anyMatch((v) -> v.messageKey().equals("indicators.error.total")));
		assertThat(this.targets.get(null, target.id(), this.admin).values()).extracting(ValueView::status)
			.containsExactly(ValueStatus.APPROVED, ValueStatus.SUBMITTED);
		assertThat(this.targets.get(null, target.id(), this.admin).status().actualValue()).isEqualByComparingTo(big);
	}

}
