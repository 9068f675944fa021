package org.ortak.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as the event's keepers see it: who (a person or an organization, named),
 * where it stands, and how many registered through it.
 */
public record InvitationView(UUID id, UUID personId, UUID organizationId, String name, InvitationStatus status,
		long registered, Instant invitedAt, String invitedBy, Instant respondedAt) {

}
