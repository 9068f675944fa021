package org.ortak.agreements;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;

/**
 * An agreement as written on its form or sent by a client: its kind, status and
 * visibility, the language it is written in, title and subject, the network it belongs
 * to, its dates, its parties in order (two or more), who signed for them, and the user
 * accounts that keep it.
 */
public record AgreementDraft(AgreementKind kind, AgreementStatus status, AgreementVisibility visibility,
		String language, String title, String subject, UUID networkId, LocalDate startsOn, LocalDate endsOn,
		List<UUID> parties, List<Signatory> signatories, List<String> coordinators) {

	static final int MAX_PARTIES = 50;

	static final int MAX_COORDINATORS = 20;

	public AgreementDraft {
		status = (status != null) ? status : AgreementStatus.DRAFT;
		visibility = (visibility != null) ? visibility : AgreementVisibility.PUBLIC;
		language = Text.clean(language);
		title = Text.clean(title);
		subject = Text.clean(subject);
		parties = (parties != null)
				? List.copyOf(new LinkedHashSet<>(parties.stream().filter((id) -> id != null).toList())) : List.of();
		signatories = (signatories != null) ? signatories.stream()
			.filter((s) -> s != null && (Text.clean(s.name()) != null || Text.clean(s.function()) != null))
			.map((s) -> new Signatory(s.organizationId(), Text.clean(s.name()), Text.clean(s.function()), s.signedOn()))
			.toList() : List.of();
		coordinators = (coordinators != null)
				? List.copyOf(
						new LinkedHashSet<>(coordinators.stream().map(Text::clean).filter((c) -> c != null).toList()))
				: List.of();
	}

	Violations check() {
		Violations violations = new Violations().required("kind", this.kind)
			.required("title", this.title)
			.line("title", this.title, 300)
			.text("subject", this.subject, true)
			.maxLength("subject", this.subject, 5000)
			.required("language", this.language);
		if (this.language != null && !Language.isCode(this.language)) {
			violations.add("language", "validation.badValue");
		}
		violations.day("startsOn", this.startsOn);
		violations.day("endsOn", this.endsOn);
		if (this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
			violations.add("endsOn", "agreements.error.endsBeforeStarts");
		}
		if (this.parties.size() < 2) {
			violations.add("parties", "agreements.error.twoParties");
		}
		if (this.parties.size() > MAX_PARTIES) {
			violations.add("parties", "validation.tooMany", MAX_PARTIES);
		}
		for (int i = 0; i < this.signatories.size(); i++) {
			Signatory signatory = this.signatories.get(i);
			String field = "signatories[" + i + "]";
			violations.required(field + ".name", signatory.name())
				.line(field + ".name", signatory.name(), 200)
				.line(field + ".function", signatory.function(), 200);
			if (signatory.organizationId() == null || !this.parties.contains(signatory.organizationId())) {
				violations.add(field + ".organizationId", "agreements.error.signatoryNotParty");
			}
			violations.day(field + ".signedOn", signatory.signedOn());
		}
		if (this.signatories.size() > MAX_PARTIES * 4) {
			violations.add("signatories", "validation.tooMany", MAX_PARTIES * 4);
		}
		if (this.coordinators.size() > MAX_COORDINATORS) {
			violations.add("coordinators", "validation.tooMany", MAX_COORDINATORS);
		}
		return violations;
	}

}
