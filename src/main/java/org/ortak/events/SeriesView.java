package org.ortak.events;

import java.util.List;
import java.util.UUID;

/**
 * A series with its editions in order, each with who hosted it.
 */
public record SeriesView(UUID id, long version, String name, String description, List<Edition> editions) {

	/** An edition: the event, its number and its hosts. */
	public record Edition(Integer number, EventSummary event, List<String> hosts) {
	}

}
