package org.ortak.events;

import java.util.Locale;
import java.util.UUID;

/**
 * A registrant's private link, as the confirmation mail carries it: the tests read it
 * where Ortak writes it again, instead of from a mailbox.
 */
final class EventTestLinks {

	private EventTestLinks() {
	}

	static String privateLink(EventRepository events, RegistrationRepository registrations, RegistrationLinks links,
			String eventId, String email) {
		Event event = events.findByPublicId(UUID.fromString(eventId)).orElseThrow();
		Registration registration = registrations
			.findByEventIdAndEmailKey(event.id(), email.strip().toLowerCase(Locale.ROOT))
			.orElseThrow();
		return "/r/" + links.token(registration);
	}

}
