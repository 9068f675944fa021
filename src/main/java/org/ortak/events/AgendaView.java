package org.ortak.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event's programme and what came of it, as its page and the API show it: topics with
 * their findings and recommendations, sessions with their people as they were that day.
 */
public record AgendaView(UUID eventId, long version, String timeZone, List<TopicView> topics,
		List<SessionView> sessions) {

	/** A topic and what was recorded of it. */
	public record TopicView(UUID id, int number, String title, String description, String findings,
			List<String> recommendations) {
	}

	/** A session of the programme. */
	public record SessionView(UUID id, String title, Instant startsAt, Instant endsAt, LocalDateTime start,
			LocalDateTime end, String room, Integer topic, String topicTitle, List<Speaker> people,
			List<Presenter> organizations) {
	}

	/** A moderator or speaker, named with the function they held that day. */
	public record Speaker(UUID personId, String name, SessionRole role, String function, UUID organizationId,
			String organizationName) {
	}

	/** An organization presenting its work. */
	public record Presenter(UUID organizationId, String name) {
	}

}
