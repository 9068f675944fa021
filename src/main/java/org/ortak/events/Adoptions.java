package org.ortak.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.shared.Violations;
import org.ortak.shared.security.Actor;

/**
 * What became of the recommendations recorded at events: each adopted into an item of a
 * plan or a project (the module owning it checks that its writer keeps it), and, for
 * those who keep the event, turned into an action item of the event at the same time. The
 * event's page shows where each went; the item's or project's page where each of its
 * actions came from.
 */
@Service
public class Adoptions {

	/** At most so many characters of a recommendation make an action item's title. */
	private static final int ACTION_TITLE = 300;

	private final Events events;

	private final EventRepository eventRepository;

	private final TopicRepository topics;

	private final ActionItems actionItems;

	private final ActionRepository actions;

	private final AdoptionRepository adoptions;

	private final java.time.Clock clock;

	Adoptions(Events events, EventRepository eventRepository, TopicRepository topics, ActionItems actionItems,
			ActionRepository actions, AdoptionRepository adoptions, java.time.Clock clock) {
		this.events = events;
		this.eventRepository = eventRepository;
		this.topics = topics;
		this.actionItems = actionItems;
		this.actions = actions;
		this.adoptions = adoptions;
		this.clock = clock;
	}

	/**
	 * What takes a recommendation up: its kind, id, title and page, whether anyone may
	 * see it (a draft plan's item may not: its adoption is shown to the event's keepers
	 * only), and the organization responsible for it, who owns the action item it
	 * becomes.
	 */
	public record Into(AdoptedInto kind, UUID id, String title, String link, boolean shown, UUID owner) {
	}

	/**
	 * Adopts the recommendation (its topic and its place among the topic's
	 * recommendations) of an event the actor may read; with an action item of the event
	 * when asked, which takes keeping the event.
	 */
	@Transactional
	public AdoptionView adopt(UUID eventId, UUID topicId, Integer position, Into into, boolean withAction,
			Actor actor) {
		Violations violations = new Violations().required("eventId", eventId)
			.required("topicId", topicId)
			.required("position", position);
		violations.throwIfAny();
		Event event = this.events.readable(eventId, actor);
		Topic topic = this.topics.findByPublicId(topicId).filter((t) -> t.eventId().equals(event.id())).orElse(null);
		if (topic == null) {
			violations.add("topicId", "validation.badValue").throwIfAny();
		}
		if (position < 0 || position >= topic.recommendations().size()) {
			violations.add("position", "validation.badValue").throwIfAny();
		}
		if (this.adoptions.existsByTopicIdAndPositionAndRecommendationAndIntoKindAndIntoId(topic.id(), position,
				topic.recommendations().get(position), into.kind(), into.id())) {
			violations.add("position", "events.error.adoptedAlready");
		}
		if (withAction && !EventPolicy.mayKeep(actor, event)) {
			violations.add("withAction", "events.error.actionNotYours");
		}
		else if (withAction && into.owner() == null) {
			violations.add("withAction", "events.error.noOwner");
		}
		violations.throwIfAny();
		Long actionId = null;
		if (withAction) {
			String words = topic.recommendations().get(position);
			String title = (words.length() > ACTION_TITLE) ? words.substring(0, ACTION_TITLE - 1) + "…" : words;
			ActionView action = this.actionItems.create(eventId,
					new ActionDraft(title, topicId, null, into.owner(), null, ActionStatus.OPEN, into.title()), actor);
			actionId = this.actions.findByPublicId(action.id()).orElseThrow().id();
		}
		Adoption adoption = new Adoption(topic, position, into, actionId, this.clock.instant(), actor.username());
		this.adoptions.saveAndFlush(adoption);
		return views(List.of(adoption), actor).get(0);
	}

	/**
	 * Links an action item of an event to what it serves, by those who keep the event;
	 * its topic, if it has one, is where it came from.
	 */
	@Transactional
	public AdoptionView link(UUID actionId, Into into, Actor actor) {
		if (actionId == null) {
			new Violations().add("actionId", "validation.required").throwIfAny();
		}
		ActionItem action = this.actions.findByPublicId(actionId).orElse(null);
		Event event = (action != null) ? this.eventRepository.findById(action.eventId()).orElse(null) : null;
		if (event == null || !EventPolicy.mayRead(actor, event) || !EventPolicy.mayKeep(actor, event)) {
			new Violations().add("actionId", "validation.badValue").throwIfAny();
		}
		if (this.adoptions.existsByActionIdAndIntoKindAndIntoId(action.id(), into.kind(), into.id())) {
			new Violations().add("actionId", "events.error.linkedAlready").throwIfAny();
		}
		Adoption link = new Adoption(action, into, this.clock.instant(), actor.username());
		this.adoptions.saveAndFlush(link);
		return views(List.of(link), actor).get(0);
	}

	/**
	 * What took these up became visible to all or hidden (a plan or project published, or
	 * drafted again): their adoptions follow on the events' pages.
	 */
	@Transactional
	public void reshow(AdoptedInto kind, java.util.Collection<UUID> ids, boolean shown) {
		if (!ids.isEmpty()) {
			this.adoptions.reshow(kind, ids, shown);
		}
	}

	/**
	 * What became of an event's recommendations: all to its keepers, the adoptions into
	 * what anyone may see to the rest.
	 */
	@Transactional(readOnly = true)
	public List<AdoptionView> ofEvent(UUID eventId, Actor actor) {
		Event event = this.events.readable(eventId, actor);
		boolean keeps = EventPolicy.mayKeep(actor, event);
		// the recommendations' adoptions; action items linked without one are its board's
		return views(this.adoptions.ofEvent(event.id())
			.stream()
			.filter((a) -> a.position() != null && (keeps || a.shown()))
			.toList(), actor);
	}

	/**
	 * Where the recommendations taken up by an item or project came from; its module has
	 * found it readable. Those of events the reader may not read are left out.
	 */
	@Transactional(readOnly = true)
	public List<AdoptionView> into(AdoptedInto kind, UUID id, Actor actor) {
		return views(this.adoptions.into(kind, id), actor).stream()
			// an action item linked with no recommendation shows only to whom it shows
			.filter((a) -> a.recommendation() != null || a.actionId() != null)
			.filter((a) -> {
				try {
					this.events.readable(a.eventId(), actor);
					return true;
				}
				catch (org.ortak.shared.NotFound ex) {
					return false;
				}
			})
			.toList();
	}

	/**
	 * The views; an action item only to those who keep its event, as its board shows it.
	 */
	private List<AdoptionView> views(List<Adoption> found, Actor actor) {
		if (found.isEmpty()) {
			return List.of();
		}
		Locale reader = LocaleContextHolder.getLocale();
		Map<Long, Event> events = new HashMap<>();
		this.eventRepository.findAllById(found.stream().map(Adoption::eventId).distinct().toList())
			.forEach((e) -> events.put(e.id(), e));
		Map<Long, Topic> topics = new HashMap<>();
		this.topics.findAllById(found.stream().map(Adoption::topicId).filter((t) -> t != null).distinct().toList())
			.forEach((t) -> topics.put(t.id(), t));
		Map<Long, ActionItem> actions = new HashMap<>();
		this.actions.findAllById(found.stream().map(Adoption::actionId).filter((a) -> a != null).distinct().toList())
			.forEach((a) -> actions.put(a.id(), a));
		return found.stream().map((a) -> {
			Event event = events.get(a.eventId());
			Topic topic = (a.topicId() != null) ? topics.get(a.topicId()) : null;
			ActionItem action = (a.actionId() != null && EventPolicy.mayKeep(actor, event)) ? actions.get(a.actionId())
					: null;
			return new AdoptionView(a.publicId(), event.publicId(), Events.textIn(event, reader).title(),
					(topic != null) ? topic.publicId() : null, (topic != null) ? topic.title() : null, a.position(),
					a.recommendation(), a.intoKind(), a.intoId(), a.intoTitle(), a.intoLink(),
					(action != null) ? action.publicId() : null, (action != null) ? action.title() : null,
					(action != null) ? action.status() : null, a.createdAt());
		}).toList();
	}

}
