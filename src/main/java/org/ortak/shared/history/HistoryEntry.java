package org.ortak.shared.history;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a record: when, who, through what, and which fields changed from what
 * to what. A record's first entry lists the values it was created with.
 */
public record HistoryEntry(long revision, Instant at, String by, ChangeChannel channel, Kind kind,
		List<FieldChange> changes) {

	/** Whether the revision created, changed or deleted the record. */
	public enum Kind {

		CREATED, CHANGED, DELETED

	}

}
