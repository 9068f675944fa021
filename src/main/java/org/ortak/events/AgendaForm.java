package org.ortak.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the agenda form binds to: topic rows and session rows in the order shown (dragged
 * or moved with the buttons), empty rows offered for adding and ignored when left empty.
 * A session names a topic already saved; a new topic can be chosen once saved.
 */
record AgendaForm(List<TopicRow> topics, List<SessionRow> sessions, Long version) {

	static final int EMPTY_TOPICS = 2;

	static final int EMPTY_SESSIONS = 2;

	/** A topic as a row. */
	record TopicRow(UUID id, String title, String description) {

		boolean isEmpty() {
			return this.id == null && blank(this.title) && blank(this.description);
		}

	}

	/** A session as a row: its day at the venue and its times. */
	record SessionRow(UUID id, String title, LocalDate day, @DateTimeFormat(pattern = "HH:mm") LocalTime start,
			@DateTimeFormat(pattern = "HH:mm") LocalTime end, String room, UUID topicId, List<UUID> moderators,
			List<UUID> speakers, List<UUID> organizations) {

		SessionRow {
			moderators = (moderators != null) ? moderators : List.of();
			speakers = (speakers != null) ? speakers : List.of();
			organizations = (organizations != null) ? organizations : List.of();
		}

		boolean isEmpty() {
			return this.id == null && blank(this.title) && blank(this.room) && this.start == null && this.end == null
					&& this.topicId == null && this.moderators.isEmpty() && this.speakers.isEmpty()
					&& this.organizations.isEmpty();
		}

	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	AgendaForm {
		topics = padded(topics, new TopicRow(null, null, null), EMPTY_TOPICS, TopicRow::isEmpty);
		sessions = padded(sessions, new SessionRow(null, null, null, null, null, null, null, null, null, null),
				EMPTY_SESSIONS, SessionRow::isEmpty);
	}

	private static <T> List<T> padded(List<T> rows, T empty, int count, java.util.function.Predicate<T> isEmpty) {
		List<T> all = new ArrayList<>();
		if (rows != null) {
			rows.forEach((row) -> all.add((row != null) ? row : empty));
		}
		long blank = all.stream().filter(isEmpty).count();
		for (long i = blank; i < count; i++) {
			all.add(empty);
		}
		return List.copyOf(all);
	}

	static AgendaForm of(AgendaView agenda) {
		return new AgendaForm(
				agenda.topics()
					.stream()
					.map((topic) -> new TopicRow(topic.id(), topic.title(), topic.description()))
					.toList(),
				agenda.sessions()
					.stream()
					.map((session) -> new SessionRow(session.id(), session.title(),
							(session.start() != null) ? session.start().toLocalDate() : null,
							(session.start() != null) ? session.start().toLocalTime() : null,
							(session.end() != null) ? session.end().toLocalTime() : null, session.room(),
							(session.topic() != null) ? agenda.topics().get(session.topic()).id() : null,
							session.people()
								.stream()
								.filter((p) -> p.role() == SessionRole.MODERATOR)
								.map(AgendaView.Speaker::personId)
								.toList(),
							session.people()
								.stream()
								.filter((p) -> p.role() == SessionRole.SPEAKER)
								.map(AgendaView.Speaker::personId)
								.toList(),
							session.organizations().stream().map(AgendaView.Presenter::organizationId).toList()))
					.toList(),
				agenda.version());
	}

	/**
	 * The agenda as the form says it; a session without a day is on the event's first
	 * day. Empty rows are left out; errors name rows by their place among those kept.
	 */
	AgendaDraft draft(LocalDate firstDay) {
		List<TopicRow> typedTopics = this.topics.stream().filter((row) -> !row.isEmpty()).toList();
		List<AgendaDraft.TopicDraft> topicDrafts = typedTopics.stream()
			.map((row) -> new AgendaDraft.TopicDraft(row.id(), row.title(), row.description()))
			.toList();
		List<AgendaDraft.SessionDraft> sessionDrafts = new ArrayList<>();
		for (SessionRow row : this.sessions) {
			if (row.isEmpty()) {
				continue;
			}
			LocalDate day = (row.day() != null) ? row.day() : firstDay;
			Integer topic = null;
			if (row.topicId() != null) {
				for (int i = 0; i < typedTopics.size(); i++) {
					if (row.topicId().equals(typedTopics.get(i).id())) {
						topic = i;
					}
				}
				// a topic removed in the same change
				topic = (topic != null) ? topic : -1;
			}
			sessionDrafts.add(new AgendaDraft.SessionDraft(row.id(), row.title(),
					(row.start() != null) ? LocalDateTime.of(day, row.start()) : null,
					(row.end() != null) ? LocalDateTime.of(day, row.end()) : null, row.room(), topic, row.moderators(),
					row.speakers(), row.organizations()));
		}
		return new AgendaDraft(topicDrafts, sessionDrafts);
	}

	List<UUID> personIds() {
		List<UUID> all = new ArrayList<>();
		this.sessions.forEach((row) -> {
			all.addAll(row.moderators());
			all.addAll(row.speakers());
		});
		return all;
	}

	List<UUID> organizationIds() {
		List<UUID> all = new ArrayList<>();
		this.sessions.forEach((row) -> all.addAll(row.organizations()));
		return all;
	}

}
