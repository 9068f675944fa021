package org.ortak.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event whole, as its page and the API show it. The meeting link and the coordinators
 * are null for who may not see them (the link is for registrants, through their private
 * link).
 */
public record EventDetails(UUID id, long version, EventKind kind, String title, String description, String language,
		Map<String, String> titles, Map<String, String> descriptions, Instant startsAt, Instant endsAt,
		LocalDateTime start, LocalDateTime end, String timeZone, VenueView venue, UUID regionId, Visibility visibility,
		EventFormat format, String meetingLink, Integer capacity, boolean registrationOpen, boolean takesRegistrations,
		long confirmed, long waiting, SeriesRef series, Integer edition, EventRef prepares, List<EventRef> preparedBy,
		List<Participant> organizations, List<String> coordinators, boolean cancelled, Instant updatedAt,
		Permissions permissions) {

	/** Places left, or null when there is no limit. */
	@JsonProperty
	public Long placesLeft() {
		return (this.capacity == null) ? null : Math.max(0, this.capacity - this.confirmed);
	}

	/** An organization of the register in the event, with its role. */
	public record Participant(UUID organizationId, String name, OrganizationRole role) {
	}

	/** Another event, named. */
	public record EventRef(UUID id, String title, Instant startsAt, String timeZone) {
	}

	/** The event's series. */
	public record SeriesRef(UUID id, String name) {
	}

	/** What the reader may do with the event. */
	public record Permissions(boolean edit, boolean seeRegistrants) {
	}

}
