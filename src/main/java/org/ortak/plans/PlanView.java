package org.ortak.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan as its reader may see it, with its items in tree order (each after its parent,
 * siblings in their order) and its progress rolled up from them; its coordinators only to
 * its keepers.
 */
public record PlanView(UUID id, long version, String code, String language, Map<String, String> titles, String title,
		String titleLanguage, String description, UUID ownerOrganizationId, String ownerName, PlanStatus status,
		LocalDate startsOn, LocalDate endsOn, String adoptedByName, String adoptedByNumber, LocalDate adoptedOn,
		List<String> coordinators, List<ItemView> items, Integer progress, boolean editable) {

}
