package org.ortak.events;

import java.util.UUID;

/**
 * An invitation as its link shows it: the event, who is invited (a person's own name and
 * address to start the form from, or the organization's name), and where it stands.
 */
public record OwnInvitation(UUID id, EventDetails event, String personName, String email, String organizationName,
		UUID organizationId, InvitationStatus status, boolean open) {

}
