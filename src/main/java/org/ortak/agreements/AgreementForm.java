package org.ortak.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;

/**
 * What the agreement form binds to: one row per party with who signed for it (a party
 * with two signatories takes two rows), empty rows offered for adding.
 */
record AgreementForm(AgreementKind kind, AgreementStatus status, AgreementVisibility visibility, String language,
		String title, String subject, UUID networkId, LocalDate startsOn, LocalDate endsOn, List<PartyRow> parties,
		List<String> coordinators, Long version) {

	static final int EMPTY_ROWS = 2;

	static final int MAX_ROWS = AgreementDraft.MAX_PARTIES * 2;

	/** A party and one who signed for it. */
	record PartyRow(UUID organizationId, String signatoryName, String signatoryFunction, LocalDate signedOn) {

		boolean isEmpty() {
			return this.organizationId == null && blank(this.signatoryName) && blank(this.signatoryFunction)
					&& this.signedOn == null;
		}

		boolean hasSignatory() {
			return !blank(this.signatoryName) || !blank(this.signatoryFunction);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

	}

	AgreementForm {
		List<PartyRow> rows = new ArrayList<>();
		if (parties != null) {
			parties.forEach((row) -> rows.add((row != null) ? row : new PartyRow(null, null, null, null)));
		}
		long empty = rows.stream().filter(PartyRow::isEmpty).count();
		for (long i = empty; i < EMPTY_ROWS; i++) {
			rows.add(new PartyRow(null, null, null, null));
		}
		parties = rows;
		coordinators = (coordinators != null) ? coordinators : List.of();
	}

	static AgreementForm empty(String language) {
		return new AgreementForm(AgreementKind.MOU, AgreementStatus.DRAFT, AgreementVisibility.PUBLIC, language, null,
				null, null, null, null, null, null, null);
	}

	static AgreementForm of(AgreementView agreement) {
		List<PartyRow> rows = new ArrayList<>();
		for (AgreementView.Party party : agreement.parties()) {
			if (party.signatories().isEmpty()) {
				rows.add(new PartyRow(party.organizationId(), null, null, null));
			}
			party.signatories()
				.forEach((s) -> rows.add(new PartyRow(party.organizationId(), s.name(), s.function(), s.signedOn())));
		}
		return new AgreementForm(agreement.kind(), agreement.status(), agreement.visibility(), agreement.language(),
				agreement.title(), agreement.subject(), agreement.networkId(), agreement.startsOn(), agreement.endsOn(),
				rows, (agreement.coordinators() != null) ? agreement.coordinators() : List.of(), agreement.version());
	}

	AgreementDraft draft() {
		List<UUID> organizations = this.parties.stream()
			.map(PartyRow::organizationId)
			.filter((id) -> id != null)
			.distinct()
			.toList();
		List<Signatory> signatories = this.parties.stream()
			.filter(PartyRow::hasSignatory)
			.map((row) -> new Signatory(row.organizationId(), row.signatoryName(), row.signatoryFunction(),
					row.signedOn()))
			.toList();
		return new AgreementDraft(this.kind, this.status, this.visibility, this.language, this.title, this.subject,
				this.networkId, this.startsOn, this.endsOn, organizations, signatories, this.coordinators);
	}

	/**
	 * The refusal with each signatory's fields named as the row that holds them
	 * ({@code signatories[1].name} is {@code parties[2].signatoryName} when the row
	 * before it signs nobody).
	 */
	InvalidInput onRows(InvalidInput refused) {
		List<Integer> rowOf = new ArrayList<>();
		for (int i = 0; i < this.parties.size(); i++) {
			if (this.parties.get(i).hasSignatory()) {
				rowOf.add(i);
			}
		}
		List<Violation> renamed = new ArrayList<>();
		for (Violation violation : refused.violations()) {
			String field = violation.field();
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("signatories\\[(\\d+)]\\.(\\w+)")
				.matcher(field);
			if (m.matches() && Integer.parseInt(m.group(1)) < rowOf.size()) {
				String property = switch (m.group(2)) {
					case "name" -> "signatoryName";
					case "function" -> "signatoryFunction";
					default -> m.group(2);
				};
				field = "parties[" + rowOf.get(Integer.parseInt(m.group(1))) + "]." + property;
			}
			renamed.add(new Violation(field, violation.messageKey(), violation.arguments()));
		}
		return new InvalidInput(renamed);
	}

}
