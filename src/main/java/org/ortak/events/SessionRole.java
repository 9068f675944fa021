package org.ortak.events;

/**
 * What a person does in a session.
 */
public enum SessionRole {

	MODERATOR, SPEAKER

}
