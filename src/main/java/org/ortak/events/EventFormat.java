package org.ortak.events;

/**
 * Where people take part: at the venue, through a meeting link (shown only to
 * registrants), or both.
 */
public enum EventFormat {

	IN_PERSON, ONLINE, HYBRID;

	boolean online() {
		return this != IN_PERSON;
	}

	boolean atVenue() {
		return this != ONLINE;
	}

}
