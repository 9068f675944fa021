package org.ortak.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ortak.events.EventSummary;
import org.ortak.events.Participants;
import org.ortak.indicators.TargetStatus;
import org.ortak.people.Gender;

/**
 * A project as its reader may see it: what it is, who carries it out and funds it, whom
 * it is for, its activities counted planned and held, its participants counted once, and
 * its expected results with their progress; its coordinators only to its keepers.
 */
public record ProjectView(UUID id, long version, String code, String language, Map<String, String> titles, String title,
		String titleLanguage, String description, String objectives, ProjectStatus status, LocalDate startsOn,
		LocalDate endsOn, Ref implementer, List<PartnerView> partners, FundingView funding, Ref planItem, Ref network,
		List<Ref> regions, List<GroupView> groups, int plannedReach, List<EventSummary> activities,
		long plannedActivities, long heldActivities, Participants participants, List<TargetStatus> results,
		Integer progress, List<String> coordinators, boolean editable) {

	/** Something the project refers to, by id, with its name and page. */
	public record Ref(UUID id, String name, String link) {
	}

	public record PartnerView(UUID organizationId, String name, String part) {
	}

	/**
	 * The funding with the funder's name as the register has it, and the co-financed
	 * amount worked out from the share.
	 */
	public record FundingView(UUID funderId, String funderName, String programme, String axis, String action,
			String subAction, BigDecimal budget, String currency, BigDecimal coFinancingPercent,
			BigDecimal coFinancedAmount) {
	}

	public record GroupView(String name, Integer plannedSize, Gender gender, String ageBand, UUID regionId,
			String regionName) {
	}

}
