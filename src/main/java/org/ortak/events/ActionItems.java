package org.ortak.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.Organizations;
import org.ortak.people.PersonCard;
import org.ortak.people.People;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.security.Actor;

/**
 * What events leave to do: action items with an owner and a due day, kept by those who
 * keep their event, and followed up across events on one board, the overdue first.
 */
@Service
@Transactional(readOnly = true)
public class ActionItems {

	public static final int MAX_PAGE_SIZE = 200;

	private final Events events;

	private final EventRepository eventRepository;

	private final ActionRepository repository;

	private final TopicRepository topics;

	private final People people;

	private final Organizations organizations;

	private final Clock clock;

	ActionItems(Events events, EventRepository eventRepository, ActionRepository repository, TopicRepository topics,
			People people, Organizations organizations, Clock clock) {
		this.events = events;
		this.eventRepository = eventRepository;
		this.repository = repository;
		this.topics = topics;
		this.people = people;
		this.organizations = organizations;
		this.clock = clock;
	}

	@Transactional
	public ActionView create(UUID eventId, ActionDraft draft, Actor actor) {
		Event event = this.events.kept(eventId, actor);
		Long topicId = checked(event, draft);
		ActionItem item = new ActionItem(event.id(), this.clock.instant(), actor.username());
		item.apply(draft, topicId, this.clock.instant(), actor.username());
		return views(List.of(this.repository.saveAndFlush(item))).get(0);
	}

	@Transactional
	public ActionView update(UUID id, ActionDraft draft, Long version, Actor actor) {
		ActionItem item = kept(id, actor);
		checkVersion(item, version);
		Event event = this.eventRepository.findById(item.eventId()).orElseThrow(NotFound::new);
		Long topicId = checked(event, draft);
		item.apply(draft, topicId, this.clock.instant(), actor.username());
		this.repository.flush();
		return views(List.of(item)).get(0);
	}

	/** Moves an item on (done, dropped, in progress, open again), as the board does. */
	@Transactional
	public ActionView move(UUID id, ActionStatus status, Long version, Actor actor) {
		if (status == null) {
			throw InvalidInput.of("status", "validation.required");
		}
		ActionItem item = kept(id, actor);
		if (version != null) {
			checkVersion(item, version);
		}
		item.move(status, this.clock.instant(), actor.username());
		this.repository.flush();
		return views(List.of(item)).get(0);
	}

	/**
	 * The pending action items (open or in progress) a coordinator or admin may link to
	 * what they serve; none for anyone else. At most a hundred, the overdue first.
	 */
	@Transactional(readOnly = true)
	public List<ActionView> linkable(Actor actor) {
		if (!EventPolicy.readsAll(actor)) {
			return List.of();
		}
		return board(java.util.EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS), null, null, 0, 100, actor)
			.items();
	}

	/** An event's action items, for whoever keeps it. */
	public List<ActionView> ofEvent(UUID eventId, Actor actor) {
		Event event = this.events.kept(eventId, actor);
		return views(this.repository.ofEvent(event.id()));
	}

	/**
	 * The follow-up board across events (admins and coordinators): the pending first, the
	 * overdue first among them; optionally one event's, one owner's, or some statuses.
	 */
	public ResultPage<ActionView> board(Collection<ActionStatus> statuses, UUID eventId, UUID owner, int page, int size,
			Actor actor) {
		if (!EventPolicy.readsAll(actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw InvalidInput.of("size", "validation.range", 1, MAX_PAGE_SIZE);
		}
		if (page < 0 || page > 10_000) {
			throw InvalidInput.of("page", "validation.range", 0, 10_000);
		}
		Long event = null;
		if (eventId != null) {
			event = this.eventRepository.findByPublicId(eventId).orElseThrow(NotFound::new).id();
		}
		Set<ActionStatus> wanted = (statuses == null || statuses.isEmpty()) ? EnumSet.allOf(ActionStatus.class)
				: EnumSet.copyOf(statuses);
		Page<ActionItem> found = this.repository.board(event, wanted, owner, today(), PageRequest.of(page, size));
		return new ResultPage<>(views(found.getContent()), page, size, found.getTotalElements());
	}

	private ActionItem kept(UUID id, Actor actor) {
		ActionItem item = this.repository.findByPublicId(id).orElseThrow(NotFound::new);
		Event event = this.eventRepository.findById(item.eventId()).orElseThrow(NotFound::new);
		this.events.kept(event.publicId(), actor);
		return item;
	}

	private Long checked(Event event, ActionDraft draft) {
		var violations = draft.check();
		Long topicId = null;
		if (draft.topicId() != null) {
			Topic topic = this.topics.findByPublicId(draft.topicId()).orElse(null);
			if (topic == null || !topic.eventId().equals(event.id())) {
				violations.add("topicId", "validation.badValue");
			}
			else {
				topicId = topic.id();
			}
		}
		if (draft.ownerPersonId() != null && this.people.cards(List.of(draft.ownerPersonId()), null).isEmpty()) {
			violations.add("ownerPersonId", "events.error.unknownPerson");
		}
		if (draft.ownerOrganizationId() != null
				&& this.organizations.names(List.of(draft.ownerOrganizationId())).isEmpty()) {
			violations.add("ownerOrganizationId", "events.error.unknownOrganization");
		}
		violations.throwIfAny();
		return topicId;
	}

	private static void checkVersion(ActionItem item, Long version) {
		if (version == null) {
			throw InvalidInput.of("version", "validation.required");
		}
		if (version != item.version()) {
			throw new StaleVersion();
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.events.defaultZone()));
	}

	private List<ActionView> views(List<ActionItem> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		Set<Long> eventIds = new HashSet<>();
		Set<Long> topicIds = new HashSet<>();
		Set<UUID> personIds = new HashSet<>();
		Set<UUID> organizationIds = new HashSet<>();
		items.forEach((item) -> {
			eventIds.add(item.eventId());
			if (item.topicId() != null) {
				topicIds.add(item.topicId());
			}
			if (item.ownerPersonId() != null) {
				personIds.add(item.ownerPersonId());
			}
			if (item.ownerOrganizationId() != null) {
				organizationIds.add(item.ownerOrganizationId());
			}
		});
		Locale reader = LocaleContextHolder.getLocale();
		Map<Long, Event> eventsById = new HashMap<>();
		this.eventRepository.findAllById(eventIds).forEach((event) -> eventsById.put(event.id(), event));
		Map<Long, Topic> topicsById = new HashMap<>();
		this.topics.findAllById(topicIds).forEach((topic) -> topicsById.put(topic.id(), topic));
		Map<UUID, PersonCard> cards = this.people.cards(personIds, null);
		Map<UUID, String> names = this.organizations.names(organizationIds);
		LocalDate today = today();
		List<ActionView> views = new ArrayList<>();
		for (ActionItem item : items) {
			Event event = eventsById.get(item.eventId());
			Topic topic = (item.topicId() != null) ? topicsById.get(item.topicId()) : null;
			PersonCard person = (item.ownerPersonId() != null) ? cards.get(item.ownerPersonId()) : null;
			String owner = (person != null && person.name() != null) ? person.name()
					: names.get(item.ownerOrganizationId());
			if (person != null && person.name() != null && item.ownerOrganizationId() != null) {
				owner = person.name() + " (" + names.get(item.ownerOrganizationId()) + ")";
			}
			views.add(new ActionView(item.publicId(), item.version(), event.publicId(),
					Events.textIn(event, reader).title(), (topic != null) ? topic.publicId() : null,
					(topic != null) ? topic.title() : null, item.title(), item.ownerPersonId(),
					item.ownerOrganizationId(), owner, item.dueOn(), item.status(),
					item.status().pending() && item.dueOn() != null && item.dueOn().isBefore(today), item.note()));
		}
		return views;
	}

}
