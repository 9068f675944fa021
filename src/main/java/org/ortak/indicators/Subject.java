package org.ortak.indicators;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a target measures as its reader may see it: its title and page, the organizations
 * responsible for it (who enter its values), whether the reader keeps it (sets its
 * targets and approves its values), its period, and the regions it is aimed at (where
 * indicators computed from the register count; none is everywhere).
 */
public record Subject(SubjectKind kind, UUID id, String title, String titleLanguage, String link,
		Set<UUID> responsibleOrganizations, boolean kept, LocalDate startsOn, LocalDate endsOn, Set<UUID> regions) {

}
