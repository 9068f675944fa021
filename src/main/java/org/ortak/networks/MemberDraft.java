package org.ortak.networks;

import java.time.LocalDate;
import java.util.UUID;

import org.ortak.shared.Violations;

/**
 * A member as added: an organization of the register or a person (one of them), a role (a
 * member unless said; on a change, the role it had), and the days it joined and left, if
 * known.
 */
public record MemberDraft(UUID organizationId, UUID personId, MemberRole role, LocalDate joinedOn, LocalDate leftOn) {

	Violations check() {
		Violations violations = new Violations();
		if ((this.organizationId == null) == (this.personId == null)) {
			violations.add("organizationId", "networks.error.memberOneOf");
		}
		if (this.joinedOn != null && this.leftOn != null && this.leftOn.isBefore(this.joinedOn)) {
			violations.add("leftOn", "networks.error.leftBeforeJoined");
		}
		for (LocalDate day : new LocalDate[] { this.joinedOn, this.leftOn }) {
			if (day != null && (day.getYear() < 1900 || day.getYear() > 2100)) {
				violations.add((day == this.joinedOn) ? "joinedOn" : "leftOn", "validation.range", "1900", "2100");
			}
		}
		return violations;
	}

}
