package org.ortak.plans;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * An item of a plan as written on its form or sent by a client: its parent (none for a
 * strategy), its place among its siblings, code, titles by language code, description,
 * status, whether it is an example, period and responsible organizations.
 */
public record ItemDraft(UUID parentId, Integer position, String code, Map<String, String> titles, String description,
		ItemStatus status, boolean example, LocalDate startsOn, LocalDate endsOn, List<Agency> agencies) {

	static final int MAX_AGENCIES = 30;

	public ItemDraft {
		code = Text.clean(code);
		titles = Text.cleanTexts(titles);
		description = Text.clean(description);
		status = (status != null) ? status : ItemStatus.PLANNED;
		agencies = (agencies != null) ? agencies.stream()
			.filter((a) -> a != null && (a.organizationId() != null || Text.clean(a.duty()) != null))
			.map((a) -> new Agency(a.organizationId(), (a.role() != null) ? a.role() : AgencyRole.SUPPORTING,
					Text.clean(a.duty())))
			.toList() : List.of();
	}

	Violations check() {
		Violations violations = new Violations().line("code", this.code, 40);
		PlanDraft.titles(violations, this.titles);
		violations.text("description", this.description, true).maxLength("description", this.description, 5000);
		violations.day("startsOn", this.startsOn);
		violations.day("endsOn", this.endsOn);
		if (this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
			violations.add("endsOn", "plans.error.endsBeforeStarts");
		}
		if (this.position != null && (this.position < 0 || this.position > 10_000)) {
			violations.add("position", "validation.range", "0", "10000");
		}
		if (this.agencies.size() > MAX_AGENCIES) {
			violations.add("agencies", "validation.tooMany", MAX_AGENCIES);
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < this.agencies.size(); i++) {
			Agency agency = this.agencies.get(i);
			String field = "agencies[" + i + "]";
			violations.required(field + ".organizationId", agency.organizationId())
				.text(field + ".duty", agency.duty(), true)
				.maxLength(field + ".duty", agency.duty(), 1000);
			if (agency.organizationId() != null && !seen.add(agency.organizationId())) {
				violations.add(field + ".organizationId", "plans.error.agencyTwice");
			}
		}
		if (this.agencies.stream().filter((a) -> a.role() == AgencyRole.LEAD).count() > 1) {
			violations.add("agencies", "plans.error.oneLead");
		}
		return violations;
	}

}
