package org.ortak.volunteering;

import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * A sign-up as the volunteer writes it: who they are, how to reach them (their private
 * link goes to the address), the organization they come from, and their consent.
 */
public record SignupDraft(String name, String email, String phone, UUID companyId, boolean consent) {

	public SignupDraft {
		name = Text.clean(name);
		email = Text.clean(email);
		phone = Text.clean(phone);
	}

	Violations check() {
		Violations violations = new Violations().required("name", this.name)
			.line("name", this.name, 200)
			.required("email", this.email)
			.email("email", this.email)
			.maxLength("email", this.email, 254)
			.phone("phone", this.phone);
		if (!this.consent) {
			violations.add("consent", "volunteering.error.consent");
		}
		return violations;
	}

}
