package org.ortak.events;

/**
 * What an organization does for an event.
 */
public enum OrganizationRole {

	ORGANIZER, CO_ORGANIZER, HOST, PARTNER

}
