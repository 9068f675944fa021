package org.ortak.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A search of events: words, kind, region (with what lies inside it), series, an
 * organization that took part, and days at the venue ({@code from}, {@code to}: events
 * that overlap them). Past events come latest first when {@code past}.
 */
public record EventQuery(String q, EventKind kind, UUID region, UUID series, UUID organizer, LocalDate from,
		LocalDate to, boolean past, int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

}
