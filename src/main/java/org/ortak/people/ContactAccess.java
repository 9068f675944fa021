package org.ortak.people;

import java.util.UUID;

import org.ortak.shared.security.Actor;

/**
 * Tells whether an actor works with a person closely enough to see their contact data:
 * the events module answers for the coordinators of the events the person took part in.
 * Admins always may; without any module saying yes, nobody else does.
 */
public interface ContactAccess {

	boolean mayContact(Actor actor, UUID personId);

}
