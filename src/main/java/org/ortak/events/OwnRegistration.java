package org.ortak.events;

import java.util.UUID;

/**
 * A registration as its registrant sees it through the private link: the event, where
 * they stand, and the meeting link once they have a place.
 */
public record OwnRegistration(UUID id, String name, RegistrationStatus status, Long waitingPosition, EventDetails event,
		String meetingLink, boolean attended) {

}
