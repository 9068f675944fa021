package org.ortak.shared.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One revision of a record: when, who, through what, and which fields changed from what
 * to what. A record's first entry lists the values it was created with.
 *
 * @param importId the import that made the change, when one did
 */
public record HistoryEntry(long revision, Instant at, String by, ChangeChannel channel, UUID importId, Kind kind,
		List<FieldChange> changes) {

	/** Whether the revision created, changed or deleted the record. */
	public enum Kind {

		CREATED, CHANGED, DELETED

	}

}
