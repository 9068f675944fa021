package org.ortak.plans;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the plan form binds to: titles by language code, and the rest of the plan. */
record PlanForm(String code, Map<String, String> titles, String description, UUID ownerOrganizationId,
		PlanStatus status, LocalDate startsOn, LocalDate endsOn, String adoptedByName, String adoptedByNumber,
		LocalDate adoptedOn, List<String> coordinators, Long version) {

	PlanForm {
		titles = (titles != null) ? new LinkedHashMap<>(titles) : new LinkedHashMap<>();
		coordinators = (coordinators != null) ? coordinators : List.of();
	}

	static PlanForm empty() {
		return new PlanForm(null, null, null, null, PlanStatus.DRAFT, null, null, null, null, null, null, null);
	}

	static PlanForm of(PlanView plan) {
		return new PlanForm(plan.code(), plan.titles(), plan.description(), plan.ownerOrganizationId(), plan.status(),
				plan.startsOn(), plan.endsOn(), plan.adoptedByName(), plan.adoptedByNumber(), plan.adoptedOn(),
				(plan.coordinators() != null) ? plan.coordinators() : List.of(), plan.version());
	}

	PlanDraft draft() {
		return new PlanDraft(this.code, this.titles, this.description, this.ownerOrganizationId, this.status,
				this.startsOn, this.endsOn, this.adoptedByName, this.adoptedByNumber, this.adoptedOn,
				this.coordinators);
	}

}
