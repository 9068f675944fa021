package org.ortak.events;

/**
 * What kind of gathering an event is.
 */
public enum EventKind {

	WORKSHOP, STAKEHOLDER_MEETING, THEMATIC_GROUP_MEETING, SEMINAR, CONFERENCE, SITE_VISIT, OTHER

}
