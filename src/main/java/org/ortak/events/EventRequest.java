package org.ortak.events;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ortak.shared.InvalidInput;

/**
 * An event as a client writes it; {@code version} is required on update.
 */
record EventRequest(EventKind kind,
		@Schema(description = "the title in each language it is written in (en, tr, az, fa, pl)",
				example = "{\"tr\": \"Kadın Kooperatifleri Çalıştayı\"}") Map<String, String> titles,
		Map<String, String> descriptions,
		@Schema(description = "local date and time at the venue", example = "2025-11-04T09:30") LocalDateTime start,
		@Schema(description = "local date and time at the venue", example = "2025-11-04T17:00") LocalDateTime end,
		@Schema(description = "IANA time zone of the venue; left out, the venue's or Ortak's",
				example = "Europe/Istanbul") String timeZone,
		UUID venueId, UUID regionId, Visibility visibility, EventFormat format,
		@Schema(description = "shown only to registrants with a place") String meetingLink, Integer capacity,
		Boolean registrationOpen, UUID seriesId,
		@Schema(description = "the edition's number in its series; left out, the next one") Integer edition,
		@Schema(description = "the event this one prepares") UUID preparesId,
		List<EventDraft.Participation> organizations,
		@Schema(description = "user names of the accounts responsible for the event") List<String> coordinators,
		Long version) {

	EventDraft draft() {
		return new EventDraft(this.kind, this.titles, this.descriptions, this.start, this.end, zone(this.timeZone),
				this.venueId, this.regionId, this.visibility, this.format, this.meetingLink, this.capacity,
				this.registrationOpen, this.seriesId, this.edition, this.preparesId, this.organizations,
				this.coordinators);
	}

	static ZoneId zone(String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			return null;
		}
		try {
			return ZoneId.of(timeZone.strip());
		}
		catch (DateTimeException ex) {
			throw InvalidInput.of("timeZone", "validation.badValue");
		}
	}

}
