package org.ortak.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the event form binds to, through its constructor; it keeps what was typed when the
 * plan is refused. Days and times are at the venue, in its time zone; the organizations
 * come in one picker per role.
 */
record EventForm(EventKind kind, Map<String, String> titles, Map<String, String> descriptions, LocalDate start,
		@DateTimeFormat(pattern = "HH:mm") LocalTime startTime, LocalDate end,
		@DateTimeFormat(pattern = "HH:mm") LocalTime endTime, String timeZone, UUID venueId, UUID regionId,
		Visibility visibility, EventFormat format, String meetingLink, Integer capacity, Boolean registrationOpen,
		UUID seriesId, Integer edition, UUID preparesId, List<UUID> organizers, List<UUID> coOrganizers,
		List<UUID> hosts, List<UUID> partners, List<String> coordinators, Long version) {

	EventForm {
		titles = (titles != null) ? new LinkedHashMap<>(titles) : new LinkedHashMap<>();
		descriptions = (descriptions != null) ? new LinkedHashMap<>(descriptions) : new LinkedHashMap<>();
		organizers = (organizers != null) ? organizers : List.of();
		coOrganizers = (coOrganizers != null) ? coOrganizers : List.of();
		hosts = (hosts != null) ? hosts : List.of();
		partners = (partners != null) ? partners : List.of();
		coordinators = (coordinators != null) ? coordinators : List.of();
	}

	static EventForm empty(String timeZone) {
		return new EventForm(null, null, null, null, LocalTime.of(9, 30), null, LocalTime.of(17, 0), timeZone, null,
				null, Visibility.PUBLIC, EventFormat.IN_PERSON, null, null, true, null, null, null, null, null, null,
				null, null, null);
	}

	static EventForm of(EventDraft draft, Long version) {
		Map<OrganizationRole, List<UUID>> byRole = new LinkedHashMap<>();
		for (OrganizationRole role : OrganizationRole.values()) {
			byRole.put(role, new ArrayList<>());
		}
		draft.organizations().forEach((o) -> byRole.get(o.role()).add(o.organizationId()));
		return new EventForm(draft.kind(), draft.titles(), draft.descriptions(),
				(draft.start() != null) ? draft.start().toLocalDate() : null,
				(draft.start() != null) ? draft.start().toLocalTime() : LocalTime.of(9, 30),
				(draft.end() != null) ? draft.end().toLocalDate() : null,
				(draft.end() != null) ? draft.end().toLocalTime() : LocalTime.of(17, 0),
				(draft.timeZone() != null) ? draft.timeZone().getId() : null, draft.venueId(), draft.regionId(),
				draft.visibility(), draft.format(), draft.meetingLink(), draft.capacity(), draft.registrationOpen(),
				draft.seriesId(), draft.edition(), draft.preparesId(), byRole.get(OrganizationRole.ORGANIZER),
				byRole.get(OrganizationRole.CO_ORGANIZER), byRole.get(OrganizationRole.HOST),
				byRole.get(OrganizationRole.PARTNER), draft.coordinators(), version);
	}

	/** The plan as the form says it; an end day left empty is the start's day. */
	EventDraft draft() {
		LocalDateTime from = (this.start != null)
				? LocalDateTime.of(this.start, (this.startTime != null) ? this.startTime : LocalTime.MIDNIGHT) : null;
		LocalDate endDay = (this.end != null) ? this.end : this.start;
		LocalDateTime to = (endDay != null)
				? LocalDateTime.of(endDay, (this.endTime != null) ? this.endTime : LocalTime.of(23, 59)) : null;
		List<EventDraft.Participation> organizations = new ArrayList<>();
		add(organizations, this.organizers, OrganizationRole.ORGANIZER);
		add(organizations, this.coOrganizers, OrganizationRole.CO_ORGANIZER);
		add(organizations, this.hosts, OrganizationRole.HOST);
		add(organizations, this.partners, OrganizationRole.PARTNER);
		return new EventDraft(this.kind, this.titles, this.descriptions, from, to, zone(), this.venueId, this.regionId,
				this.visibility, this.format, this.meetingLink, this.capacity,
				Boolean.TRUE.equals(this.registrationOpen), this.seriesId, this.edition, this.preparesId, organizations,
				this.coordinators);
	}

	private ZoneId zone() {
		return EventRequest.zone(this.timeZone);
	}

	private static void add(List<EventDraft.Participation> to, List<UUID> ids, OrganizationRole role) {
		ids.stream().filter((id) -> id != null).forEach((id) -> to.add(new EventDraft.Participation(id, role)));
	}

	/** Every organization the form names, for the pickers' labels. */
	List<UUID> organizationIds() {
		List<UUID> all = new ArrayList<>();
		all.addAll(this.organizers);
		all.addAll(this.coOrganizers);
		all.addAll(this.hosts);
		all.addAll(this.partners);
		return all;
	}

}
