package org.ortak.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as the calendar feed writes it, read in one query with its venue.
 */
record FeedEntry(UUID id, String title, Instant startsAt, Instant endsAt, String venueName, String venueAddress,
		boolean cancelled, Instant updatedAt, long version) {

}
