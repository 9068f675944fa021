package org.ortak.news;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ortak.events.photos.PhotoView;

/**
 * A post as its page, lists and the API show it: in the reader's language when it has
 * one, else in its own; the body as Markdown and as safe HTML.
 */
public record PostView(UUID id, long version, PostStatus status, Instant publishedAt, String language, String title,
		String summary, String body, String html, String bodyLanguage, Map<String, PostDraft.TextDraft> texts,
		UUID eventId, String eventTitle, List<Organization> organizations, List<QuoteView> quotes, List<UUID> photoIds,
		List<PhotoView> photos, Instant updatedAt, boolean editable) {

	/** An organization the post is about. */
	public record Organization(UUID id, String name) {
	}

	/** A quote with the person's name and the function they held when they said it. */
	public record QuoteView(UUID personId, String name, String function, String organizationName, String text) {
	}

}
