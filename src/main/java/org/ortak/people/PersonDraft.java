package org.ortak.people;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * A person as typed or sent, cleaned: names in any script, gender where given, contact,
 * the languages they speak (ISO 639 codes) and their affiliations.
 */
public record PersonDraft(String name, Gender gender, String email, String phone, List<String> languages,
		List<AffiliationDraft> affiliations) {

	static final int MAX_AFFILIATIONS = 20;

	static final int MAX_LANGUAGES = 10;

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	public PersonDraft {
		name = Text.clean(name);
		email = Text.clean(email);
		phone = Text.clean(phone);
		languages = (languages != null) ? languages.stream()
			.map(Text::clean)
			.filter((code) -> code != null)
			.map((code) -> code.toLowerCase(Locale.ROOT))
			.distinct()
			.toList() : List.of();
		affiliations = (affiliations != null) ? affiliations.stream()
			.map((a) -> new AffiliationDraft(a.organizationId(), Text.clean(a.organizationName()),
					Text.clean(a.function()), a.from(), a.to()))
			.filter((a) -> a.organizationId() != null || a.organizationName() != null || a.function() != null
					|| a.from() != null || a.to() != null)
			.toList() : List.of();
	}

	/** Every problem of the draft, named by field. */
	Violations check() {
		Violations violations = new Violations().required("name", this.name)
			.line("name", this.name, 200)
			.line("email", this.email, 254)
			.email("email", this.email)
			.line("phone", this.phone, 40)
			.phone("phone", this.phone);
		if (this.languages.size() > MAX_LANGUAGES) {
			violations.add("languages", "validation.tooMany", MAX_LANGUAGES);
		}
		else if (!this.languages.stream().allMatch((code) -> LANGUAGE.matcher(code).matches())) {
			violations.add("languages", "people.error.language");
		}
		if (this.affiliations.size() > MAX_AFFILIATIONS) {
			violations.add("affiliations", "validation.tooMany", MAX_AFFILIATIONS);
			return violations;
		}
		for (int i = 0; i < this.affiliations.size(); i++) {
			AffiliationDraft affiliation = this.affiliations.get(i);
			String prefix = "affiliations[" + i + "].";
			violations.line(prefix + "organizationName", affiliation.organizationName(), 300)
				.line(prefix + "function", affiliation.function(), 200);
			if (affiliation.organizationId() == null && affiliation.organizationName() == null) {
				violations.add(prefix + "organizationName", "validation.required");
			}
			if (affiliation.from() != null && affiliation.to() != null
					&& affiliation.to().isBefore(affiliation.from())) {
				violations.add(prefix + "to", "validation.beforeStart");
			}
		}
		return violations;
	}

}
