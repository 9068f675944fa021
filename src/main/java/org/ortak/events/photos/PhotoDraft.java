package org.ortak.events.photos;

import java.util.List;
import java.util.UUID;

/**
 * What is said of a photo: its text for who cannot see it (required), a caption, and the
 * people it shows, whose consent decides whether it is shown.
 */
public record PhotoDraft(String alt, String caption, List<UUID> people) {

	public PhotoDraft {
		people = (people != null) ? List.copyOf(people) : List.of();
	}

}
