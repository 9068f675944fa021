package org.ortak.events;

import java.util.Set;

import org.ortak.people.Gender;

/**
 * The public registration form; {@code homepage} is a trap only robots fill, and
 * {@code stamp} says, signed, when the form was shown (a robot sends it at once).
 */
record RegistrationForm(String name, Gender gender, String email, String phone, String organizationName,
		String function, Set<Need> needs, String needsNote, Boolean consent, String homepage, String stamp) {

	static RegistrationForm empty() {
		return new RegistrationForm(null, null, null, null, null, null, Set.of(), null, false, null, null);
	}

	RegistrationDraft draft() {
		return new RegistrationDraft(this.name, this.gender, this.email, this.phone, null, this.organizationName,
				this.function, this.needs, this.needsNote, Boolean.TRUE.equals(this.consent));
	}

}
