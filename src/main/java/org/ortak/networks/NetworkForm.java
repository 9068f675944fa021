package org.ortak.networks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the network form binds to: names and purposes by language code, the organizations
 * and region, road map rows (empty ones offered for adding), meetings and coordinators.
 */
record NetworkForm(NetworkKind kind, Map<String, String> names, Map<String, String> purposes, UUID regionId,
		UUID coordinatorOrganizationId, UUID organizationId, List<MilestoneRow> milestones, List<UUID> events,
		List<UUID> series, List<String> coordinators, Long version) {

	static final int EMPTY_MILESTONES = 2;

	/** A road map row. */
	record MilestoneRow(String title, LocalDate dueOn, MilestoneStatus status) {

		boolean isEmpty() {
			return (this.title == null || this.title.isBlank()) && this.dueOn == null;
		}

	}

	NetworkForm {
		names = (names != null) ? new LinkedHashMap<>(names) : new LinkedHashMap<>();
		purposes = (purposes != null) ? new LinkedHashMap<>(purposes) : new LinkedHashMap<>();
		List<MilestoneRow> rows = new ArrayList<>();
		if (milestones != null) {
			milestones.forEach((row) -> rows.add((row != null) ? row : new MilestoneRow(null, null, null)));
		}
		long empty = rows.stream().filter(MilestoneRow::isEmpty).count();
		for (long i = empty; i < EMPTY_MILESTONES; i++) {
			rows.add(new MilestoneRow(null, null, null));
		}
		milestones = rows;
		events = (events != null) ? events : List.of();
		series = (series != null) ? series : List.of();
		coordinators = (coordinators != null) ? coordinators : List.of();
	}

	static NetworkForm empty() {
		return new NetworkForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	static NetworkForm of(NetworkView network) {
		return new NetworkForm(network.kind(), network.names(), network.purposes(), network.regionId(),
				(network.coordinatorOrganization() != null) ? network.coordinatorOrganization().id() : null,
				(network.organization() != null) ? network.organization().id() : null,
				network.milestones().stream().map((m) -> new MilestoneRow(m.title(), m.dueOn(), m.status())).toList(),
				network.meetings().stream().map(NetworkView.Meeting::id).toList(),
				network.series().stream().map(NetworkView.Ref::id).toList(),
				(network.coordinators() != null) ? network.coordinators() : List.of(), network.version());
	}

	NetworkDraft draft() {
		return new NetworkDraft(this.kind, this.names, this.purposes, this.regionId, this.coordinatorOrganizationId,
				this.organizationId,
				this.milestones.stream()
					.filter((row) -> !row.isEmpty())
					.map((row) -> new Milestone(row.title(), row.dueOn(), row.status()))
					.toList(),
				this.events, this.series, this.coordinators);
	}

}
