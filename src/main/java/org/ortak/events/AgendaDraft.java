package org.ortak.events;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * An event's agenda as typed or sent, whole, in order: topics (an {@code id} keeps an
 * existing one, and what was recorded of it) and sessions, each naming its topic by its
 * place in the list of topics.
 */
public record AgendaDraft(List<TopicDraft> topics, List<SessionDraft> sessions) {

	static final int MAX_TOPICS = 50;

	static final int MAX_SESSIONS = 100;

	static final int MAX_PEOPLE = 30;

	/** A topic: its title and what it is about. */
	public record TopicDraft(UUID id, String title, String description) {

		public TopicDraft {
			title = Text.clean(title);
			description = Text.clean(description);
		}

	}

	/**
	 * A session: local times at the venue, the topic's place in the list (from 0), who
	 * moderates and speaks (people's ids), which organizations present.
	 */
	public record SessionDraft(UUID id, String title, LocalDateTime start, LocalDateTime end, String room,
			Integer topic, List<UUID> moderators, List<UUID> speakers, List<UUID> organizations) {

		public SessionDraft {
			title = Text.clean(title);
			room = Text.clean(room);
			moderators = (moderators != null) ? moderators.stream().filter((each) -> each != null).distinct().toList()
					: List.of();
			speakers = (speakers != null) ? speakers.stream().filter((each) -> each != null).distinct().toList()
					: List.of();
			organizations = (organizations != null)
					? organizations.stream().filter((each) -> each != null).distinct().toList() : List.of();
		}

	}

	public AgendaDraft {
		topics = (topics != null) ? topics.stream().filter((t) -> t != null).toList() : List.of();
		sessions = (sessions != null) ? sessions.stream().filter((s) -> s != null).toList() : List.of();
	}

	Violations check() {
		Violations violations = new Violations();
		if (this.topics.size() > MAX_TOPICS) {
			violations.add("topics", "validation.tooMany", MAX_TOPICS);
		}
		if (this.sessions.size() > MAX_SESSIONS) {
			violations.add("sessions", "validation.tooMany", MAX_SESSIONS);
		}
		if (violations.has("topics") || violations.has("sessions")) {
			return violations;
		}
		for (int i = 0; i < this.topics.size(); i++) {
			TopicDraft topic = this.topics.get(i);
			String prefix = "topics[" + i + "].";
			violations.required(prefix + "title", topic.title())
				.line(prefix + "title", topic.title(), 300)
				.text(prefix + "description", topic.description(), true)
				.maxLength(prefix + "description", topic.description(), 5000);
		}
		for (int i = 0; i < this.sessions.size(); i++) {
			SessionDraft session = this.sessions.get(i);
			String prefix = "sessions[" + i + "].";
			violations.required(prefix + "title", session.title())
				.line(prefix + "title", session.title(), 300)
				.line(prefix + "room", session.room(), 120);
			if (session.start() != null && session.end() != null && session.end().isBefore(session.start())) {
				violations.add(prefix + "end", "events.error.endBeforeStart");
			}
			if (session.topic() != null && (session.topic() < 0 || session.topic() >= this.topics.size())) {
				violations.add(prefix + "topic", "validation.badValue");
			}
			if (session.moderators().size() + session.speakers().size() > MAX_PEOPLE) {
				violations.add(prefix + "speakers", "validation.tooMany", MAX_PEOPLE);
			}
		}
		return violations;
	}

}
