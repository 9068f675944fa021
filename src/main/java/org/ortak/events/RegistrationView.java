package org.ortak.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A registration as the event's coordinators see it, with the registrant's contact.
 */
public record RegistrationView(UUID id, RegistrationStatus status, RegistrationSource source, UUID personId,
		String name, String email, String phone, UUID organizationId, String organizationName, String function,
		Set<Need> needs, String needsNote, Instant registeredAt, Instant statusAt, Instant checkedInAt) {

}
