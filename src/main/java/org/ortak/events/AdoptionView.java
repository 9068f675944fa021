package org.ortak.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A recommendation and what took it up: where it came from (the event, its topic, the
 * recommendation's words as adopted), where it went, and the action item it became, with
 * its status now; or an action item of an event linked to what it serves (no
 * recommendation, its topic if it has one).
 */
public record AdoptionView(UUID id, UUID eventId, String eventTitle, UUID topicId, String topicTitle, Integer position,
		String recommendation, AdoptedInto intoKind, UUID intoId, String intoTitle, String intoLink, UUID actionId,
		String actionTitle, ActionStatus actionStatus, Instant adoptedAt) {

}
