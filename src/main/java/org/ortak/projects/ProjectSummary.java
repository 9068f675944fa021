package org.ortak.projects;

import java.time.LocalDate;
import java.util.UUID;

/** A project in a list: its title in the reader's language where it has one. */
public record ProjectSummary(UUID id, String code, String title, String titleLanguage, ProjectStatus status,
		LocalDate startsOn, LocalDate endsOn, UUID implementerId, String implementerName) {

}
