package org.ortak.events;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.Organizations;
import org.ortak.people.PersonCard;
import org.ortak.people.People;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.security.Actor;

/**
 * An event's programme and outcomes: the agenda is written whole (topics keep what was
 * recorded of them by their id), the findings and recommendations of each topic after;
 * both change the event's version, so two coordinators editing at once do not overwrite
 * each other.
 */
@Service
@Transactional(readOnly = true)
public class Agenda {

	static final int MAX_RECOMMENDATIONS = 50;

	private final Events events;

	private final TopicRepository topics;

	private final SessionRepository sessions;

	private final People people;

	private final Organizations organizations;

	@PersistenceContext
	private EntityManager entityManager;

	Agenda(Events events, TopicRepository topics, SessionRepository sessions, People people,
			Organizations organizations) {
		this.events = events;
		this.topics = topics;
		this.sessions = sessions;
		this.people = people;
		this.organizations = organizations;
	}

	public AgendaView get(UUID eventId, Actor actor) {
		return view(this.events.readable(eventId, actor));
	}

	/**
	 * Writes the agenda whole, in the order given. A speaker keeps the function recorded
	 * when they were first named in the session; a new one is named with the affiliation
	 * they held on the event's first day.
	 */
	@Transactional
	public AgendaView save(UUID eventId, AgendaDraft draft, Long version, Actor actor) {
		Event event = this.events.kept(eventId, actor);
		checkVersion(event, version);
		Violations violations = draft.check();
		List<Topic> existing = this.topics.topicsOf(event.id());
		Map<UUID, Topic> byId = new HashMap<>();
		existing.forEach((topic) -> byId.put(topic.publicId(), topic));
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < draft.topics().size(); i++) {
			UUID id = draft.topics().get(i).id();
			if (id != null && (!byId.containsKey(id) || !seen.add(id))) {
				violations.add("topics[" + i + "].id", "validation.badValue");
			}
		}
		Set<UUID> seenSessions = new HashSet<>();
		for (int i = 0; i < draft.sessions().size(); i++) {
			UUID id = draft.sessions().get(i).id();
			if (id != null && !seenSessions.add(id)) {
				violations.add("sessions[" + i + "].id", "validation.badValue");
			}
		}
		Set<UUID> named = new HashSet<>();
		draft.sessions().forEach((session) -> {
			named.addAll(session.moderators());
			named.addAll(session.speakers());
		});
		LocalDate day = event.startsOn();
		Map<UUID, PersonCard> cards = this.people.cards(named, day);
		for (int i = 0; i < draft.sessions().size(); i++) {
			AgendaDraft.SessionDraft session = draft.sessions().get(i);
			if (session.moderators().stream().anyMatch((id) -> !cards.containsKey(id))
					|| session.speakers().stream().anyMatch((id) -> !cards.containsKey(id))) {
				violations.add("sessions[" + i + "].speakers", "events.error.unknownPerson");
			}
			if (!session.organizations().isEmpty()
					&& this.organizations.names(session.organizations()).size() < session.organizations().size()) {
				violations.add("sessions[" + i + "].organizations", "events.error.unknownOrganization");
			}
		}
		violations.throwIfAny();

		List<Topic> kept = new ArrayList<>();
		for (int i = 0; i < draft.topics().size(); i++) {
			AgendaDraft.TopicDraft typed = draft.topics().get(i);
			Topic topic = (typed.id() != null) ? byId.remove(typed.id()) : new Topic(event.id());
			topic.plan(i, typed.title(), typed.description());
			kept.add(this.topics.save(topic));
		}
		List<AgendaSession> before = this.sessions.sessionsOf(event.id());
		Map<UUID, AgendaSession> sessionsById = new HashMap<>();
		before.forEach((session) -> sessionsById.put(session.publicId(), session));
		ZoneId zone = event.zone();
		for (int i = 0; i < draft.sessions().size(); i++) {
			AgendaDraft.SessionDraft typed = draft.sessions().get(i);
			AgendaSession session = (typed.id() != null && sessionsById.containsKey(typed.id()))
					? sessionsById.remove(typed.id()) : new AgendaSession(event.id());
			Map<UUID, SessionPerson> earlier = new HashMap<>();
			session.people().forEach((person) -> earlier.put(person.personId(), person));
			List<SessionPerson> people = new ArrayList<>();
			typed.moderators()
				.forEach((id) -> people.add(person(id, SessionRole.MODERATOR, earlier.get(id), cards.get(id))));
			typed.speakers()
				.forEach((id) -> people.add(person(id, SessionRole.SPEAKER, earlier.get(id), cards.get(id))));
			session.plan(i, typed.title(), (typed.start() != null) ? typed.start().atZone(zone).toInstant() : null,
					(typed.end() != null) ? typed.end().atZone(zone).toInstant() : null, typed.room(),
					(typed.topic() != null) ? kept.get(typed.topic()).id() : null, people, typed.organizations());
			this.sessions.save(session);
		}
		this.sessions.deleteAll(sessionsById.values());
		this.topics.deleteAll(byId.values());
		touch(event);
		return view(event);
	}

	private static SessionPerson person(UUID id, SessionRole role, SessionPerson earlier, PersonCard card) {
		if (earlier != null) {
			return new SessionPerson(id, role, earlier.function(), earlier.organizationId(),
					earlier.organizationName());
		}
		return new SessionPerson(id, role, card.function(), card.organizationId(), card.organizationName());
	}

	/** What a topic came to: findings, and its recommendations one by one. */
	public record Outcome(UUID topic, String findings, List<String> recommendations) {
	}

	/** Records what came of the topics named; the others stay as they are. */
	@Transactional
	public AgendaView recordOutcomes(UUID eventId, List<Outcome> outcomes, Long version, Actor actor) {
		Event event = this.events.kept(eventId, actor);
		checkVersion(event, version);
		Map<UUID, Topic> byId = new HashMap<>();
		this.topics.topicsOf(event.id()).forEach((topic) -> byId.put(topic.publicId(), topic));
		Violations violations = new Violations();
		List<List<String>> cleaned = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome outcome = outcomes.get(i);
			String prefix = "outcomes[" + i + "].";
			if (outcome.topic() == null || !byId.containsKey(outcome.topic())) {
				violations.add(prefix + "topic", "validation.badValue");
			}
			String findings = Text.clean(outcome.findings());
			violations.text(prefix + "findings", findings, true).maxLength(prefix + "findings", findings, 10_000);
			List<String> recommendations = (outcome.recommendations() != null)
					? outcome.recommendations().stream().map(Text::clean).filter((text) -> text != null).toList()
					: List.of();
			if (recommendations.size() > MAX_RECOMMENDATIONS) {
				violations.add(prefix + "recommendations", "validation.tooMany", MAX_RECOMMENDATIONS);
			}
			for (String recommendation : recommendations) {
				violations.text(prefix + "recommendations", recommendation, true)
					.maxLength(prefix + "recommendations", recommendation, 5000);
			}
			cleaned.add(recommendations);
		}
		violations.throwIfAny();
		for (int i = 0; i < outcomes.size(); i++) {
			byId.get(outcomes.get(i).topic()).record(Text.clean(outcomes.get(i).findings()), cleaned.get(i));
		}
		touch(event);
		return view(event);
	}

	private static void checkVersion(Event event, Long version) {
		if (version == null) {
			throw InvalidInput.of("version", "validation.required");
		}
		if (version != event.version()) {
			throw new StaleVersion();
		}
	}

	/**
	 * The event's version moves on with its agenda: a stale edit of either is refused.
	 */
	private void touch(Event event) {
		// at once, not at commit: the answer carries the new version
		this.entityManager.lock(event, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		this.entityManager.flush();
	}

	AgendaView view(Event event) {
		List<Topic> topicList = this.topics.topicsOf(event.id());
		List<AgendaSession> sessionList = this.sessions.sessionsOf(event.id());
		Map<Long, Integer> topicIndex = new HashMap<>();
		List<AgendaView.TopicView> topicViews = new ArrayList<>();
		for (int i = 0; i < topicList.size(); i++) {
			Topic topic = topicList.get(i);
			topicIndex.put(topic.id(), i);
			topicViews.add(new AgendaView.TopicView(topic.publicId(), i + 1, topic.title(), topic.description(),
					topic.findings(), List.copyOf(topic.recommendations())));
		}
		Set<UUID> personIds = new HashSet<>();
		Set<UUID> organizationIds = new HashSet<>();
		sessionList.forEach((session) -> {
			session.people().forEach((person) -> {
				personIds.add(person.personId());
				if (person.organizationId() != null) {
					organizationIds.add(person.organizationId());
				}
			});
			organizationIds.addAll(session.organizations());
		});
		Map<UUID, PersonCard> cards = this.people.cards(personIds, event.startsOn());
		Map<UUID, String> names = this.organizations.names(organizationIds);
		ZoneId zone = event.zone();
		List<AgendaView.SessionView> sessionViews = sessionList.stream().map((session) -> {
			Integer index = (session.topicId() != null) ? topicIndex.get(session.topicId()) : null;
			return new AgendaView.SessionView(session.publicId(), session.title(), session.startsAt(), session.endsAt(),
					(session.startsAt() != null) ? session.startsAt().atZone(zone).toLocalDateTime() : null,
					(session.endsAt() != null) ? session.endsAt().atZone(zone).toLocalDateTime() : null, session.room(),
					index, (index != null) ? topicList.get(index).title() : null,
					session.people().stream().map((person) -> {
						PersonCard card = cards.get(person.personId());
						boolean erased = card == null || card.erased();
						return new AgendaView.Speaker(person.personId(), erased ? null : card.name(), person.role(),
								erased ? null : person.function(), person.organizationId(),
								(person.organizationId() != null) ? names.get(person.organizationId())
										: person.organizationName());
					}).toList(),
					session.organizations().stream().map((id) -> new AgendaView.Presenter(id, names.get(id))).toList());
		}).toList();
		return new AgendaView(event.publicId(), event.version(), zone.getId(), topicViews, sessionViews);
	}

}
