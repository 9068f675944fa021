package org.ortak.events;

/**
 * How a registration came: the public form, a coordinator, an invitation, or at the door.
 */
public enum RegistrationSource {

	FORM, COORDINATOR, INVITATION, WALK_IN

}
