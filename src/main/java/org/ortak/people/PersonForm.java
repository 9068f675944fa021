package org.ortak.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What the person form binds to; empty affiliation rows are offered for adding and
 * ignored when left empty. Languages are typed as codes separated by commas.
 */
record PersonForm(String name, Gender gender, String email, String phone, String languages,
		List<AffiliationRow> affiliations, Long version) {

	static final int EMPTY_ROWS = 2;

	/** An affiliation as a row of the form. */
	record AffiliationRow(UUID organizationId, String organizationName, String function, LocalDate from, LocalDate to) {

		static final AffiliationRow EMPTY = new AffiliationRow(null, null, null, null, null);

		boolean isEmpty() {
			return this.organizationId == null && blank(this.organizationName) && blank(this.function)
					&& this.from == null && this.to == null;
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

	}

	PersonForm {
		List<AffiliationRow> rows = new ArrayList<>();
		if (affiliations != null) {
			affiliations.forEach((row) -> rows.add((row != null) ? row : AffiliationRow.EMPTY));
		}
		long empty = rows.stream().filter(AffiliationRow::isEmpty).count();
		for (long i = empty; i < EMPTY_ROWS; i++) {
			rows.add(AffiliationRow.EMPTY);
		}
		affiliations = List.copyOf(rows);
	}

	static PersonForm empty() {
		return new PersonForm(null, null, null, null, null, null, null);
	}

	static PersonForm of(PersonView person) {
		return new PersonForm(person.name(), person.gender(), person.email(), person.phone(),
				String.join(", ", person.languages()),
				person.affiliations()
					.stream()
					.map((a) -> new AffiliationRow(a.organizationId(), a.organizationName(), a.function(), a.from(),
							a.to()))
					.toList(),
				person.version());
	}

	/** Rows keep their place, so an error names the row the form shows. */
	PersonDraft draft() {
		List<AffiliationDraft> drafts = this.affiliations.stream()
			.map((row) -> new AffiliationDraft(row.organizationId(), row.organizationName(), row.function(), row.from(),
					row.to()))
			.toList();
		List<String> codes = (this.languages != null)
				? Arrays.stream(this.languages.split("[,;\\s]+")).filter((code) -> !code.isBlank()).toList()
				: List.of();
		return new PersonDraft(this.name, this.gender, this.email, this.phone, codes, drafts);
	}

	/** Every organization the rows name, for the pickers' labels. */
	List<UUID> organizationIds() {
		return this.affiliations.stream().map(AffiliationRow::organizationId).filter((id) -> id != null).toList();
	}

}
