package org.ortak.events;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.ortak.people.Gender;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * A registration as typed on the public form or sent by a coordinator: who, from which
 * organization (the register's, or its name), as what, what they need, and whether they
 * agreed to their data being processed for the event.
 */
public record RegistrationDraft(String name, Gender gender, String email, String phone, UUID organizationId,
		String organizationName, String function, Set<Need> needs, String needsNote, boolean consent) {

	public RegistrationDraft {
		name = Text.clean(name);
		email = Text.clean(email);
		phone = Text.clean(phone);
		organizationName = Text.clean(organizationName);
		function = Text.clean(function);
		needs = (needs != null && !needs.isEmpty()) ? EnumSet.copyOf(needs) : EnumSet.noneOf(Need.class);
		needsNote = Text.clean(needsNote);
	}

	/** The same, from the organization an invitation went to. */
	RegistrationDraft atOrganization(UUID id, String name) {
		return new RegistrationDraft(this.name, this.gender, this.email, this.phone, id, name, this.function,
				this.needs, this.needsNote, this.consent);
	}

	Violations check() {
		return check(true);
	}

	/** Someone at the door may have no e-mail address with them. */
	Violations check(boolean emailRequired) {
		Violations violations = new Violations().required("name", this.name).line("name", this.name, 200);
		if (emailRequired) {
			violations.required("email", this.email);
		}
		violations.line("email", this.email, 254)
			.email("email", this.email)
			.line("phone", this.phone, 40)
			.phone("phone", this.phone)
			.line("organizationName", this.organizationName, 300)
			.line("function", this.function, 200)
			.text("needsNote", this.needsNote, true)
			.maxLength("needsNote", this.needsNote, 1000);
		if (!this.consent) {
			violations.add("consent", "events.error.consentRequired");
		}
		return violations;
	}

}
