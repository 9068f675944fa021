package org.ortak.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * A party's obligation as written: the party, what it owes, by when, and where it stands
 * (done on a day, not after today).
 */
public record ObligationDraft(UUID organizationId, String description, LocalDate dueOn, ObligationStatus status,
		LocalDate doneOn) {

	public ObligationDraft {
		description = Text.clean(description);
		status = (status != null) ? status : ObligationStatus.OPEN;
	}

	Violations check(List<UUID> parties, LocalDate today) {
		Violations violations = new Violations().required("organizationId", this.organizationId)
			.required("description", this.description)
			.text("description", this.description, true)
			.maxLength("description", this.description, 1000)
			.required("dueOn", this.dueOn);
		if (this.organizationId != null && !parties.contains(this.organizationId)) {
			violations.add("organizationId", "agreements.error.obligationNotParty");
		}
		violations.day("dueOn", this.dueOn);
		violations.day("doneOn", this.doneOn);
		violations.notAfterToday("doneOn", this.doneOn, today);
		return violations;
	}

}
