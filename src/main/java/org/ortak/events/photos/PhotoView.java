package org.ortak.events.photos;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A photo as the gallery and the API show it: its addresses, its text for who cannot see
 * it, the people it shows with whether they consented, and whether readers see it.
 */
public record PhotoView(UUID id, long version, UUID eventId, String url, String thumbnailUrl, String alt,
		String caption, int width, int height, int thumbnailWidth, int thumbnailHeight, List<Shown> people,
		boolean published, boolean nobodyRecognisable, Instant uploadedAt, String uploadedBy) {

	/** A person in the photo; {@code consented} to photos of them being shown. */
	public record Shown(UUID personId, String name, boolean consented) {
	}

}
