package org.ortak.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event in a list: its title in the reader's language when it has one, when and where,
 * and its places.
 */
public record EventSummary(UUID id, EventKind kind, String title, String language, Instant startsAt, Instant endsAt,
		LocalDate startsOn, LocalDate endsOn, String timeZone, String venueName, UUID regionId, Visibility visibility,
		EventFormat format, boolean cancelled, Integer capacity, long confirmed, long waiting, UUID seriesId,
		String seriesName, Integer edition) {

	/** Places left, or null when there is no limit. */
	@JsonProperty
	public Long placesLeft() {
		return (this.capacity == null) ? null : Math.max(0, this.capacity - this.confirmed);
	}

}
