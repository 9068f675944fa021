package org.ortak.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action item as the board and the API show it, with its event and owner named.
 */
public record ActionView(UUID id, long version, UUID eventId, String eventTitle, UUID topicId, String topicTitle,
		String title, UUID ownerPersonId, UUID ownerOrganizationId, String owner, LocalDate dueOn, ActionStatus status,
		boolean overdue, String note) {

}
