package org.ortak.events;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;

/**
 * An event as typed or sent, cleaned: its texts by language code, its local start and end
 * at the venue's time zone, where, who, for whom.
 */
public record EventDraft(EventKind kind, Map<String, String> titles, Map<String, String> descriptions,
		LocalDateTime start, LocalDateTime end, ZoneId timeZone, UUID venueId, UUID regionId, Visibility visibility,
		EventFormat format, String meetingLink, Integer capacity, Boolean registrationOpen, UUID seriesId,
		Integer edition, UUID preparesId, List<Participation> organizations, List<String> coordinators) {

	static final int MAX_DAYS = 31;

	static final int MAX_ORGANIZATIONS = 50;

	static final int MAX_COORDINATORS = 20;

	static final int MAX_CAPACITY = 100_000;

	/** An organization and its role in the event. */
	public record Participation(UUID organizationId, OrganizationRole role) {
	}

	public EventDraft {
		titles = Text.cleanTexts(titles);
		descriptions = Text.cleanTexts(descriptions);
		meetingLink = Text.clean(meetingLink);
		visibility = (visibility != null) ? visibility : Visibility.PUBLIC;
		format = (format != null) ? format : EventFormat.IN_PERSON;
		registrationOpen = (registrationOpen != null) ? registrationOpen : Boolean.TRUE;
		organizations = (organizations != null)
				? List.copyOf(new LinkedHashSet<>(
						organizations.stream().filter((o) -> o != null && o.organizationId() != null).toList()))
				: List.of();
		coordinators = (coordinators != null)
				? List.copyOf(
						new LinkedHashSet<>(coordinators.stream().map(Text::clean).filter((c) -> c != null).toList()))
				: List.of();
	}

	/**
	 * The languages the event is written in, as given: the first is the one it was
	 * written in first (a form lists its writer's language first).
	 */
	List<String> languages() {
		return new ArrayList<>(this.titles.keySet());
	}

	/**
	 * Every problem of the draft itself, named by field; references are the service's.
	 */
	Violations check() {
		Violations violations = new Violations().required("kind", this.kind);
		if (this.titles.isEmpty()) {
			violations.add("titles", "events.error.titleRequired");
		}
		for (String language : this.titles.keySet()) {
			if (!Language.isCode(language)) {
				violations.add("titles", "validation.badValue");
			}
			violations.line("titles[" + language + "]", this.titles.get(language), 300);
		}
		for (String language : this.descriptions.keySet()) {
			if (!this.titles.containsKey(language)) {
				violations.add("titles[" + language + "]", "events.error.titleForDescription");
			}
			violations.text("descriptions[" + language + "]", this.descriptions.get(language), true)
				.maxLength("descriptions[" + language + "]", this.descriptions.get(language), 10_000);
		}
		violations.required("start", this.start).required("end", this.end);
		if (this.start != null && (this.start.getYear() < 1990 || this.start.getYear() > 2100)) {
			violations.add("start", "validation.range", "1990", "2100");
		}
		if (this.start != null && this.end != null) {
			if (this.end.isBefore(this.start)) {
				violations.add("end", "events.error.endBeforeStart");
			}
			else if (Duration.between(this.start, this.end).toDays() >= MAX_DAYS) {
				violations.add("end", "events.error.tooLong", MAX_DAYS);
			}
		}
		violations.line("meetingLink", this.meetingLink, 500).website("meetingLink", this.meetingLink);
		if (this.capacity != null && (this.capacity < 1 || this.capacity > MAX_CAPACITY)) {
			violations.add("capacity", "validation.range", 1, MAX_CAPACITY);
		}
		if (this.edition != null && (this.edition < 1 || this.edition > 1000)) {
			violations.add("edition", "validation.range", 1, 1000);
		}
		if (this.edition != null && this.seriesId == null) {
			violations.add("seriesId", "events.error.editionWithoutSeries");
		}
		if (this.organizations.size() > MAX_ORGANIZATIONS) {
			violations.add("organizations", "validation.tooMany", MAX_ORGANIZATIONS);
		}
		if (this.organizations.stream().anyMatch((o) -> o.role() == null)) {
			violations.add("organizations", "validation.required");
		}
		if (this.coordinators.size() > MAX_COORDINATORS) {
			violations.add("coordinators", "validation.tooMany", MAX_COORDINATORS);
		}
		return violations;
	}

}
