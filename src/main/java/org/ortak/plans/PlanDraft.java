package org.ortak.plans;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * A plan as written on its form or sent by a client: its code, titles by language code
 * (the first the one it was written in), description, owner organization, status, period,
 * the document that adopted it (name, number, day) and the accounts that keep it.
 */
public record PlanDraft(String code, Map<String, String> titles, String description, UUID ownerOrganizationId,
		PlanStatus status, LocalDate startsOn, LocalDate endsOn, String adoptedByName, String adoptedByNumber,
		LocalDate adoptedOn, List<String> coordinators) {

	static final int MAX_COORDINATORS = 20;

	public PlanDraft {
		code = Text.clean(code);
		titles = Text.cleanTexts(titles);
		description = Text.clean(description);
		status = (status != null) ? status : PlanStatus.DRAFT;
		adoptedByName = Text.clean(adoptedByName);
		adoptedByNumber = Text.clean(adoptedByNumber);
		coordinators = (coordinators != null)
				? List.copyOf(
						new LinkedHashSet<>(coordinators.stream().map(Text::clean).filter((c) -> c != null).toList()))
				: List.of();
	}

	Violations check() {
		Violations violations = new Violations().line("code", this.code, 40);
		titles(violations, this.titles);
		violations.text("description", this.description, true).maxLength("description", this.description, 5000);
		violations.day("startsOn", this.startsOn);
		violations.day("endsOn", this.endsOn);
		if (this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
			violations.add("endsOn", "plans.error.endsBeforeStarts");
		}
		violations.line("adoptedByName", this.adoptedByName, 300).line("adoptedByNumber", this.adoptedByNumber, 100);
		violations.day("adoptedOn", this.adoptedOn);
		if (this.status == PlanStatus.ADOPTED) {
			violations.required("adoptedByName", this.adoptedByName).required("adoptedOn", this.adoptedOn);
		}
		if (this.coordinators.size() > MAX_COORDINATORS) {
			violations.add("coordinators", "validation.tooMany", MAX_COORDINATORS);
		}
		return violations;
	}

	/** Titles in one language or more of the interface's, each a line. */
	static void titles(Violations violations, Map<String, String> titles) {
		violations.titles("titles", titles, 300, "plans.error.titleRequired");
	}

}
