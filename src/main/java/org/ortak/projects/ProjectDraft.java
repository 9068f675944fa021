package org.ortak.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ortak.indicators.Dimension;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * A project as written on its form or sent by a client: code, titles by language code
 * (the first the one it was written in), description and objectives, status, period,
 * implementer, funding, the plan programme and network it belongs to, partners, target
 * regions and groups, its activities (events) and the accounts that keep it.
 */
public record ProjectDraft(String code, Map<String, String> titles, String description, String objectives,
		ProjectStatus status, LocalDate startsOn, LocalDate endsOn, UUID implementerId, Funding funding,
		UUID planItemId, UUID networkId, List<Partner> partners, List<UUID> regions, List<TargetGroup> groups,
		List<UUID> events, List<String> coordinators) {

	static final int MAX_PARTNERS = 30;

	static final int MAX_REGIONS = 50;

	static final int MAX_GROUPS = 30;

	static final int MAX_EVENTS = 500;

	static final int MAX_COORDINATORS = 20;

	/** More than the largest budget of any fund: what every database keeps exactly. */
	static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000000000");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public ProjectDraft {
		code = Text.clean(code);
		titles = Text.cleanTexts(titles);
		description = Text.clean(description);
		objectives = Text.clean(objectives);
		status = (status != null) ? status : ProjectStatus.DRAFT;
		funding = cleaned((funding != null) ? funding : Funding.NONE);
		partners = (partners != null) ? partners.stream()
			.filter((p) -> p != null && (p.organizationId() != null || Text.clean(p.part()) != null))
			.map((p) -> new Partner(p.organizationId(), Text.clean(p.part())))
			.toList() : List.of();
		regions = (regions != null)
				? List.copyOf(new LinkedHashSet<>(regions.stream().filter((r) -> r != null).toList())) : List.of();
		groups = (groups != null) ? groups.stream()
			.filter((g) -> g != null && (Text.clean(g.name()) != null || g.plannedSize() != null))
			.map((g) -> new TargetGroup(Text.clean(g.name()), g.plannedSize(), g.gender(), Text.clean(g.ageBand()),
					g.regionId()))
			.toList() : List.of();
		events = (events != null) ? List.copyOf(new LinkedHashSet<>(events.stream().filter((e) -> e != null).toList()))
				: List.of();
		coordinators = (coordinators != null)
				? List.copyOf(
						new LinkedHashSet<>(coordinators.stream().map(Text::clean).filter((c) -> c != null).toList()))
				: List.of();
	}

	private static Funding cleaned(Funding f) {
		String currency = Text.clean(f.currency());
		return new Funding(f.funderId(), Text.clean(f.funderName()), Text.clean(f.programme()), Text.clean(f.axis()),
				Text.clean(f.action()), Text.clean(f.subAction()), f.budget(),
				(currency != null) ? currency.toUpperCase(Locale.ROOT) : null, f.coFinancingPercent());
	}

	/** The people the groups are planned to reach, together. */
	int plannedReach() {
		return this.groups.stream().mapToInt((g) -> (g.plannedSize() != null) ? g.plannedSize() : 0).sum();
	}

	Violations check() {
		Violations violations = new Violations().line("code", this.code, 60);
		violations.titles("titles", this.titles, 300, "plans.error.titleRequired");
		violations.text("description", this.description, true).maxLength("description", this.description, 5000);
		violations.text("objectives", this.objectives, true).maxLength("objectives", this.objectives, 5000);
		violations.day("startsOn", this.startsOn).day("endsOn", this.endsOn);
		if (this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
			violations.add("endsOn", "plans.error.endsBeforeStarts");
		}
		violations.required("implementerId", this.implementerId);
		checkFunding(violations);
		if (this.partners.size() > MAX_PARTNERS) {
			violations.add("partners", "validation.tooMany", MAX_PARTNERS);
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < this.partners.size() && i < MAX_PARTNERS; i++) {
			Partner partner = this.partners.get(i);
			String field = "partners[" + i + "]";
			violations.required(field + ".organizationId", partner.organizationId())
				.text(field + ".part", partner.part(), true)
				.maxLength(field + ".part", partner.part(), 1000);
			if (partner.organizationId() != null
					&& (partner.organizationId().equals(this.implementerId) || !seen.add(partner.organizationId()))) {
				violations.add(field + ".organizationId", "projects.error.partnerTwice");
			}
		}
		if (this.regions.size() > MAX_REGIONS) {
			violations.add("regions", "validation.tooMany", MAX_REGIONS);
		}
		if (this.groups.size() > MAX_GROUPS) {
			violations.add("groups", "validation.tooMany", MAX_GROUPS);
		}
		for (int i = 0; i < this.groups.size() && i < MAX_GROUPS; i++) {
			TargetGroup group = this.groups.get(i);
			String field = "groups[" + i + "]";
			violations.required(field + ".name", group.name()).line(field + ".name", group.name(), 300);
			violations.required(field + ".plannedSize", group.plannedSize());
			if (group.plannedSize() != null && (group.plannedSize() < 1 || group.plannedSize() > 100_000_000)) {
				violations.add(field + ".plannedSize", "validation.range", "1", "100000000");
			}
			if (group.ageBand() != null && !Dimension.AGE_BAND.categories().contains(group.ageBand())) {
				violations.add(field + ".ageBand", "validation.badValue");
			}
		}
		if (this.events.size() > MAX_EVENTS) {
			violations.add("events", "validation.tooMany", MAX_EVENTS);
		}
		if (this.coordinators.size() > MAX_COORDINATORS) {
			violations.add("coordinators", "validation.tooMany", MAX_COORDINATORS);
		}
		return violations;
	}

	private void checkFunding(Violations violations) {
		Funding f = this.funding;
		violations.line("funding.funderName", f.funderName(), 300)
			.line("funding.programme", f.programme(), 300)
			.line("funding.axis", f.axis(), 300)
			.line("funding.action", f.action(), 300)
			.line("funding.subAction", f.subAction(), 300);
		if (f.funderId() != null && f.funderName() != null) {
			violations.add("funding.funderName", "projects.error.funderTwice");
		}
		Currency currency = currency(f.currency());
		if (f.currency() != null && currency == null) {
			violations.add("funding.currency", "projects.error.currency", f.currency());
		}
		if (f.budget() != null) {
			if (f.budget().signum() < 0 || f.budget().compareTo(MAX_BUDGET) >= 0) {
				violations.add("funding.budget", "validation.range", "0", "999999999999999");
			}
			else if (f.currency() == null) {
				violations.add("funding.currency", "projects.error.currencyRequired");
			}
			else if (currency != null && f.budget().stripTrailingZeros().scale() > Math.max(0,
					Math.min(2, currency.getDefaultFractionDigits()))) {
				violations.add("funding.budget", "projects.error.minorUnits", currency.getCurrencyCode(),
						Math.max(0, Math.min(2, currency.getDefaultFractionDigits())));
			}
		}
		BigDecimal share = f.coFinancingPercent();
		if (share != null
				&& (share.signum() < 0 || share.compareTo(HUNDRED) > 0 || share.stripTrailingZeros().scale() > 2)) {
			violations.add("funding.coFinancingPercent", "validation.range", "0", "100");
		}
	}

	/** The currency of an ISO 4217 code, or null when there is none such. */
	static Currency currency(String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			return null;
		}
		return Currency.getAvailableCurrencies()
			.stream()
			.filter((c) -> c.getCurrencyCode().equals(code))
			.findFirst()
			.orElse(null);
	}

}
