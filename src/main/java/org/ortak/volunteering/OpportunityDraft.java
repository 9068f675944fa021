package org.ortak.volunteering;

import java.time.LocalDate;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;

/**
 * An opportunity as written: the organization that receives the volunteers, the network
 * that publishes it, the language it is written in, what, where and when, the skills
 * asked for, how many are wanted, and whether it takes sign-ups.
 */
public record OpportunityDraft(UUID organizationId, UUID networkId, String language, String title, String description,
		String place, UUID regionId, LocalDate startsOn, LocalDate endsOn, String skills, Integer wanted,
		boolean open) {

	public OpportunityDraft {
		language = Text.clean(language);
		title = Text.clean(title);
		description = Text.clean(description);
		place = Text.clean(place);
		skills = Text.clean(skills);
	}

	Violations check() {
		Violations violations = new Violations().required("organizationId", this.organizationId)
			.required("title", this.title)
			.line("title", this.title, 300)
			.text("description", this.description, true)
			.maxLength("description", this.description, 5000)
			.line("place", this.place, 300)
			.text("skills", this.skills, true)
			.maxLength("skills", this.skills, 1000)
			.required("language", this.language);
		if (this.language != null && !Language.isCode(this.language)) {
			violations.add("language", "validation.badValue");
		}
		for (var day : java.util.Map
			.of("startsOn", java.util.Optional.ofNullable(this.startsOn), "endsOn",
					java.util.Optional.ofNullable(this.endsOn))
			.entrySet()) {
			day.getValue()
				.filter((d) -> d.getYear() < 1900 || d.getYear() > 2100)
				.ifPresent((d) -> violations.add(day.getKey(), "validation.range", "1900", "2100"));
		}
		if (this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
			violations.add("endsOn", "volunteering.error.endsBeforeStarts");
		}
		if (this.wanted != null && (this.wanted < 1 || this.wanted > 100_000)) {
			violations.add("wanted", "validation.range", 1, 100_000);
		}
		return violations;
	}

}
