package org.ortak.events.photos;

import java.util.List;
import java.util.UUID;

/**
 * What is said of a photo: its text for who cannot see it (required), a caption, and the
 * people it shows, whose consent decides whether it is shown; or, said outright, that it
 * shows nobody who could be recognised (a venue, hands at work, a crowd from behind).
 */
public record PhotoDraft(String alt, String caption, List<UUID> people, boolean nobodyRecognisable) {

	public PhotoDraft {
		people = (people != null) ? people.stream().filter((id) -> id != null).distinct().toList() : List.of();
	}

}
