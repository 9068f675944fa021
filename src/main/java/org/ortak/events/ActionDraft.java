package org.ortak.events;

import java.time.LocalDate;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * An action item as typed or sent: what, on which topic of the event, owned by a person
 * or an organization (one is required), due when, where it stands.
 */
public record ActionDraft(String title, UUID topicId, UUID ownerPersonId, UUID ownerOrganizationId, LocalDate dueOn,
		ActionStatus status, String note) {

	public ActionDraft {
		title = Text.clean(title);
		note = Text.clean(note);
	}

	Violations check() {
		Violations violations = new Violations().required("title", this.title)
			.line("title", this.title, 500)
			.text("note", this.note, true)
			.maxLength("note", this.note, 2000);
		if (this.ownerPersonId == null && this.ownerOrganizationId == null) {
			violations.add("ownerOrganizationId", "events.error.ownerRequired");
		}
		if (this.dueOn != null && (this.dueOn.getYear() < 1990 || this.dueOn.getYear() > 2100)) {
			violations.add("dueOn", "validation.range", "1990", "2100");
		}
		return violations;
	}

}
