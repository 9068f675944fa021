package org.ortak.plans;

import java.time.LocalDate;
import java.util.UUID;

/** A plan in a list: its title in the reader's language where it has one. */
public record PlanSummary(UUID id, String code, String title, String titleLanguage, PlanStatus status,
		LocalDate startsOn, LocalDate endsOn, String ownerName, LocalDate adoptedOn) {

}
