package org.ortak.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Actors;

/**
 * Events for calendar programs: the feed of public events with the calendar's filters,
 * one event's file, and a registrant's own.
 */
@RestController
@Tag(name = "Events")
class CalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final Events events;

	private final Registrations registrations;

	private final String baseUrl;

	private final int feedMax;

	CalendarController(Events events, Registrations registrations, @Value("${ortak.base-url}") String baseUrl,
			@Value("${ortak.events.feed-max:10000}") int feedMax) {
		this.events = events;
		this.registrations = registrations;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.feedMax = feedMax;
	}

	@GetMapping(path = "/events/calendar.ics")
	@Operation(summary = "The public events as an iCalendar feed",
			description = "The calendar's filters: q, kind, region, series, organizer, from, to (days at the venue). "
					+ "Without from, from a year ago; at most ortak.events.feed-max events, soonest first.")
	ResponseEntity<StreamingResponseBody> feed(@RequestParam(required = false) String q,
			@RequestParam(required = false) EventKind kind, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) UUID series, @RequestParam(required = false) UUID organizer,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		LocalDate since = (from != null) ? from : this.events.today(this.events.defaultZone()).minusYears(1);
		EventQuery query = new EventQuery(q, kind, region, series, organizer, since, to, false, 0, EventQuery.MAX_SIZE);
		// anonymous on purpose: a feed is public, whoever asks for it
		List<FeedEntry> found = this.events.feedEntries(query, this.feedMax);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"ortak-events.ics\"")
			.body((out) -> this.events.feed(found, out));
	}

	@GetMapping(path = "/events/{id}/event.ics")
	@Operation(summary = "One event as an iCalendar file")
	ResponseEntity<byte[]> single(@PathVariable UUID id, Locale locale) {
		return file(this.events.calendarFile(id, Actors.current(), locale));
	}

	@GetMapping(path = "/r/{token}/event.ics")
	ResponseEntity<byte[]> own(@PathVariable String token, Locale locale) {
		return file(this.registrations.calendarFile(token, locale));
	}

	/** The QR code of a registrant's private link, shown at the check-in desk. */
	@GetMapping(path = "/r/{token}/qr.svg")
	ResponseEntity<String> qr(@PathVariable String token) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.body(this.registrations.qrCode(token, this.baseUrl));
	}

	private static ResponseEntity<byte[]> file(byte[] body) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"event.ics\"")
			.body(body);
	}

}
