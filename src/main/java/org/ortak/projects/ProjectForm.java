package org.ortak.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the project form binds to: titles by language code, the funding's fields, a row
 * per partner and per target group (empty ones offered for adding), and the rest.
 */
record ProjectForm(String code, Map<String, String> titles, String description, String objectives, ProjectStatus status,
		LocalDate startsOn, LocalDate endsOn, UUID implementerId, Funding funding, UUID planItemId, UUID networkId,
		List<Partner> partners, List<UUID> regions, List<TargetGroup> groups, List<UUID> events,
		List<String> coordinators, Long version) {

	static final int EMPTY_ROWS = 2;

	static final int MAX_PARTNER_ROWS = ProjectDraft.MAX_PARTNERS + EMPTY_ROWS;

	static final int MAX_GROUP_ROWS = ProjectDraft.MAX_GROUPS + EMPTY_ROWS;

	ProjectForm {
		titles = (titles != null) ? new LinkedHashMap<>(titles) : new LinkedHashMap<>();
		funding = (funding != null) ? funding : Funding.NONE;
		List<Partner> partnerRows = new ArrayList<>();
		if (partners != null) {
			partners.forEach((row) -> partnerRows.add((row != null) ? row : new Partner(null, null)));
		}
		long emptyPartners = partnerRows.stream().filter(ProjectForm::isEmpty).count();
		for (long i = emptyPartners; i < EMPTY_ROWS; i++) {
			partnerRows.add(new Partner(null, null));
		}
		partners = partnerRows;
		List<TargetGroup> groupRows = new ArrayList<>();
		if (groups != null) {
			groups.forEach((row) -> groupRows.add((row != null) ? row : new TargetGroup(null, null, null, null, null)));
		}
		long emptyGroups = groupRows.stream().filter(ProjectForm::isEmpty).count();
		for (long i = emptyGroups; i < EMPTY_ROWS; i++) {
			groupRows.add(new TargetGroup(null, null, null, null, null));
		}
		groups = groupRows;
		regions = (regions != null) ? regions : List.of();
		events = (events != null) ? events : List.of();
		coordinators = (coordinators != null) ? coordinators : List.of();
	}

	private static boolean isEmpty(Partner row) {
		return row.organizationId() == null && (row.part() == null || row.part().isBlank());
	}

	private static boolean isEmpty(TargetGroup row) {
		return (row.name() == null || row.name().isBlank()) && row.plannedSize() == null;
	}

	static ProjectForm empty() {
		return new ProjectForm(null, null, null, null, ProjectStatus.DRAFT, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	static ProjectForm of(ProjectView p) {
		ProjectView.FundingView f = p.funding();
		return new ProjectForm(p.code(), p.titles(), p.description(), p.objectives(), p.status(), p.startsOn(),
				p.endsOn(), p.implementer().id(),
				new Funding(f.funderId(), (f.funderId() == null) ? f.funderName() : null, f.programme(), f.axis(),
						f.action(), f.subAction(), f.budget(), f.currency(), f.coFinancingPercent()),
				(p.planItem() != null) ? p.planItem().id() : null, (p.network() != null) ? p.network().id() : null,
				p.partners().stream().map((x) -> new Partner(x.organizationId(), x.part())).toList(),
				p.regions().stream().map(ProjectView.Ref::id).toList(),
				p.groups()
					.stream()
					.map((g) -> new TargetGroup(g.name(), g.plannedSize(), g.gender(), g.ageBand(), g.regionId()))
					.toList(),
				p.activities().stream().map(org.ortak.events.EventSummary::id).toList(),
				(p.coordinators() != null) ? p.coordinators() : List.of(), p.version());
	}

	ProjectDraft draft() {
		return new ProjectDraft(this.code, this.titles, this.description, this.objectives, this.status, this.startsOn,
				this.endsOn, this.implementerId, this.funding, this.planItemId, this.networkId,
				this.partners.stream().filter((p) -> !isEmpty(p)).toList(), this.regions,
				this.groups.stream().filter((g) -> !isEmpty(g)).toList(), this.events, this.coordinators);
	}

}
