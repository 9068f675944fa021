package org.ortak.networks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;

/**
 * A network as written on its form or sent by a client: its kind, its names and purposes
 * by language code (the first is the language it was written in), its region, the
 * organizations that coordinate and embody it, its road map, its meetings (events and
 * series) and the user accounts that coordinate it.
 */
public record NetworkDraft(NetworkKind kind, Map<String, String> names, Map<String, String> purposes, UUID regionId,
		UUID coordinatorOrganizationId, UUID organizationId, List<Milestone> milestones, List<UUID> events,
		List<UUID> series, List<String> coordinators) {

	static final int MAX_MILESTONES = 50;

	static final int MAX_MEETINGS = 200;

	static final int MAX_COORDINATORS = 20;

	public NetworkDraft {
		names = Text.cleanTexts(names);
		purposes = Text.cleanTexts(purposes);
		milestones = (milestones != null) ? milestones.stream()
			.filter((m) -> m != null && (Text.clean(m.title()) != null || m.dueOn() != null))
			.map((m) -> new Milestone(Text.clean(m.title()), m.dueOn(),
					(m.status() != null) ? m.status() : MilestoneStatus.PLANNED))
			.toList() : List.of();
		events = distinct(events);
		series = distinct(series);
		coordinators = (coordinators != null)
				? List.copyOf(
						new LinkedHashSet<>(coordinators.stream().map(Text::clean).filter((c) -> c != null).toList()))
				: List.of();
	}

	private static List<UUID> distinct(List<UUID> ids) {
		return (ids != null) ? List.copyOf(new LinkedHashSet<>(ids.stream().filter((id) -> id != null).toList()))
				: List.of();
	}

	/** The languages it is written in, the first the one it was written in first. */
	List<String> languages() {
		return new ArrayList<>(this.names.keySet());
	}

	Violations check() {
		Violations violations = new Violations().required("kind", this.kind);
		if (this.names.isEmpty()) {
			violations.add("names", "networks.error.nameRequired");
		}
		for (String language : this.names.keySet()) {
			if (!Language.isCode(language)) {
				violations.add("names", "validation.badValue");
				continue;
			}
			violations.line("names[" + language + "]", this.names.get(language), 300);
		}
		for (String language : this.purposes.keySet()) {
			if (!this.names.containsKey(language)) {
				violations.add("purposes[" + language + "]", "networks.error.nameForPurpose");
			}
			violations.text("purposes[" + language + "]", this.purposes.get(language), true)
				.maxLength("purposes[" + language + "]", this.purposes.get(language), 5000);
		}
		if (this.milestones.size() > MAX_MILESTONES) {
			violations.add("milestones", "validation.tooMany", MAX_MILESTONES);
		}
		for (int i = 0; i < this.milestones.size(); i++) {
			Milestone milestone = this.milestones.get(i);
			violations.required("milestones[" + i + "].title", milestone.title())
				.line("milestones[" + i + "].title", milestone.title(), 300);
			if (milestone.dueOn() != null
					&& (milestone.dueOn().isBefore(LocalDate.of(1900, 1, 1)) || milestone.dueOn().getYear() > 2100)) {
				violations.add("milestones[" + i + "].dueOn", "validation.range", "1900", "2100");
			}
		}
		if (this.events.size() + this.series.size() > MAX_MEETINGS) {
			violations.add("events", "validation.tooMany", MAX_MEETINGS);
		}
		if (this.coordinators.size() > MAX_COORDINATORS) {
			violations.add("coordinators", "validation.tooMany", MAX_COORDINATORS);
		}
		return violations;
	}

}
