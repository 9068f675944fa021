package org.ortak.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ortak.indicators.TargetStatus;

/**
 * An item of a plan: where it sits in the tree (its parent, depth 1 for a strategy to 4),
 * its texts and status, the organizations responsible for it, the targets measuring it,
 * and its progress from 0 to 100 rolled up from those targets and its children
 * ({@code null} when nothing under it is measured yet).
 */
public record ItemView(UUID id, long version, UUID planId, UUID parentId, int depth, int position, String code,
		String language, Map<String, String> titles, String title, String titleLanguage, String description,
		ItemStatus status, boolean example, LocalDate startsOn, LocalDate endsOn, List<AgencyView> agencies,
		List<TargetStatus> targets, Integer progress) {

	/** An organization responsible for the item, named. */
	public record AgencyView(UUID organizationId, String name, AgencyRole role, String duty) {
	}

}
