package org.ortak.events;

import java.util.UUID;

/**
 * What a registration came to: a place or a place in the waiting line (which, counted
 * from 1), and the private link's token, given once. A public form's registration of an
 * address already registered comes to nothing said (no status, no token): the link goes
 * to the address again.
 */
public record Registered(UUID id, RegistrationStatus status, Long waitingPosition, String token) {

}
