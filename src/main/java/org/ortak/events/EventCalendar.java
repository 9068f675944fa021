package org.ortak.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

/**
 * Events as iCalendar (RFC 5545), written by ical4j: one event's file, and the feed of
 * public events. Times are written in UTC, which every calendar program places in its
 * reader's own zone without a time-zone table.
 */
@Component
class EventCalendar {

	private static final String PRODUCT = "-//Ortak//Events//EN";

	/** One event's file, for a mail or a download. */
	byte[] single(Event event, Locale reader, String baseUrl) {
		return single(event, reader, baseUrl, false);
	}

	/**
	 * One event's file; for a registrant who cancelled, a cancelled event, so that their
	 * calendar program takes it away.
	 */
	byte[] single(Event event, Locale reader, String baseUrl, boolean withdrawn) {
		EventText text = Events.textIn(event, reader);
		Calendar calendar = calendar();
		calendar.add(vevent(event.publicId().toString(), text.title(), text.description(), event.startsAt(),
				event.endsAt(), location(event.venue()), event.cancelled() || withdrawn, event.updatedAt(),
				event.version() + (withdrawn ? 1 : 0), baseUrl + "/events/" + event.publicId()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(calendar, out);
		return out.toByteArray();
	}

	/** A feed of events, each with its title in the language it was written in. */
	void feed(List<FeedEntry> events, String baseUrl, OutputStream out) {
		Calendar calendar = calendar();
		for (FeedEntry event : events) {
			String location = (event.venueName() == null) ? null : (event.venueAddress() != null)
					? event.venueName() + ", " + event.venueAddress() : event.venueName();
			calendar.add(vevent(event.id().toString(), event.title(), null, event.startsAt(), event.endsAt(), location,
					event.cancelled(), event.updatedAt(), event.version(), baseUrl + "/events/" + event.id()));
		}
		write(calendar, out);
	}

	private Calendar calendar() {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		return calendar;
	}

	private VEvent vevent(String id, String title, String description, Instant start, Instant end, String location,
			boolean cancelled, Instant modified, long version, String url) {
		// the constructor stamps it (DTSTAMP) with the current time
		VEvent vevent = new VEvent(start, end, title);
		vevent.add(new Uid(id + "@ortak"));
		if (description != null) {
			vevent.add(new Description(description));
		}
		if (location != null) {
			vevent.add(new Location(location));
		}
		if (modified != null) {
			vevent.add(new LastModified(modified));
		}
		vevent.add(new Status(cancelled ? "CANCELLED" : "CONFIRMED"));
		// each change of the event a new sequence: calendar programs take the time moved
		vevent.add(new Sequence((int) Math.min(version, Integer.MAX_VALUE)));
		vevent.add(new Url(URI.create(url)));
		return vevent;
	}

	private static String location(Venue venue) {
		if (venue == null) {
			return null;
		}
		return (venue.address() != null) ? venue.name() + ", " + venue.address() : venue.name();
	}

	private static void write(Calendar calendar, OutputStream out) {
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
