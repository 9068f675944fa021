package org.ortak.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agreement in a list: what it is, between whom, from when to when. */
public record AgreementSummary(UUID id, AgreementKind kind, AgreementStatus status, String title, String language,
		LocalDate startsOn, LocalDate endsOn, List<String> parties) {

}
