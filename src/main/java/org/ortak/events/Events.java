package org.ortak.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.accounts.Staff;
import org.ortak.organizations.Organizations;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;

/**
 * Events from plan to calendar: planned by admins and coordinators (and by an
 * organization's managers for the events it organizes), each with its venue, organizers,
 * coordinators, series and the meeting it prepares; read by anyone when public.
 */
@Service
@Transactional(readOnly = true)
public class Events {

	private static final int MAX_WORDS = 8;

	private final EventRepository events;

	private final VenueRepository venues;

	private final SeriesRepository series;

	private final RegistrationRepository registrations;

	private final Places places;

	private final Organizations organizations;

	private final Regions regions;

	private final Staff staff;

	private final EventCalendar calendar;

	private final Clock clock;

	private final ZoneId defaultZone;

	private final String baseUrl;

	@PersistenceContext
	private EntityManager entityManager;

	Events(EventRepository events, VenueRepository venues, SeriesRepository series,
			RegistrationRepository registrations, Places places, Organizations organizations, Regions regions,
			Staff staff, EventCalendar calendar, Clock clock, @Value("${ortak.time-zone:}") String defaultZone,
			@Value("${ortak.base-url}") String baseUrl) {
		this.events = events;
		this.venues = venues;
		this.series = series;
		this.registrations = registrations;
		this.places = places;
		this.organizations = organizations;
		this.regions = regions;
		this.staff = staff;
		this.calendar = calendar;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.defaultZone = defaultZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(defaultZone);
	}

	// ---- reading

	public ResultPage<EventSummary> search(EventQuery query, Actor actor) {
		Specification<Event> where = where(query, actor);
		Sort order = query.past() ? Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id"))
				: Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("id"));
		Page<Event> found = this.events.findAll(where, PageRequest.of(query.page(), query.size(), order));
		return new ResultPage<>(summaries(found.getContent()), query.page(), query.size(), found.getTotalElements());
	}

	/** What the query finds for this actor, its words and filters checked first. */
	private Specification<Event> where(EventQuery query, Actor actor) {
		Violations violations = new Violations().line("q", query.q(), 200);
		String[] words = words(query.q());
		if (words.length > MAX_WORDS) {
			violations.add("q", "events.error.tooManyWords", MAX_WORDS);
		}
		if (query.size() < 1 || query.size() > EventQuery.MAX_SIZE) {
			violations.add("size", "validation.range", 1, EventQuery.MAX_SIZE);
		}
		if (query.page() < 0 || query.page() > 10_000) {
			violations.add("page", "validation.range", 0, 10_000);
		}
		if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
			violations.add("to", "events.error.toBeforeFrom");
		}
		String regionPath = null;
		if (query.region() != null) {
			RegionView region = this.regions.find(query.region()).orElse(null);
			if (region == null) {
				violations.add("region", "validation.badValue");
			}
			else {
				regionPath = region.path();
			}
		}
		violations.throwIfAny();
		return visibleTo(actor).and(filters(query, words, regionPath));
	}

	/**
	 * The public events the query finds, soonest first, at most {@code limit}, as the
	 * calendar feed writes them: one query of the few columns it needs.
	 */
	List<FeedEntry> feedEntries(EventQuery query, int limit) {
		Specification<Event> where = where(query, Actor.ANONYMOUS);
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<FeedEntry> feed = cb.createQuery(FeedEntry.class);
		Root<Event> root = feed.from(Event.class);
		Join<Event, Venue> venue = root.join("venue", JoinType.LEFT);
		feed.select(cb.construct(FeedEntry.class, root.get("publicId"), root.get("title"), root.get("startsAt"),
				root.get("endsAt"), venue.get("name"), venue.get("address"), root.get("cancelled"),
				root.get("updatedAt"), root.get("version")));
		feed.where(where.toPredicate(root, feed, cb));
		feed.orderBy(cb.asc(root.get("startsAt")), cb.asc(root.get("id")));
		return this.entityManager.createQuery(feed).setMaxResults(limit).getResultList();
	}

	public EventDetails get(UUID id, Actor actor) {
		return details(readable(id, actor), actor);
	}

	/** The event as an iCalendar file, for whoever may read it. */
	byte[] calendarFile(UUID id, Actor actor, Locale reader) {
		return calendarFile(readable(id, actor), reader, false);
	}

	void feed(List<FeedEntry> found, java.io.OutputStream out) {
		this.calendar.feed(found, this.baseUrl, out);
	}

	byte[] calendarFile(Event event, Locale reader, boolean withdrawn) {
		return this.calendar.single(event, reader, this.baseUrl, withdrawn);
	}

	/**
	 * The events two or more organizations organize together, starting between the days,
	 * that the reader may see (the public ones; all for admins and coordinators), as the
	 * collaboration graph links organizations through them.
	 */
	@Transactional(readOnly = true)
	public List<org.ortak.shared.HubLink> coOrganized(java.time.LocalDate from, java.time.LocalDate to, Actor actor) {
		Map<UUID, List<Object[]>> byEvent = new java.util.LinkedHashMap<>();
		for (Object[] row : this.events.organizers(from, to, EventPolicy.readsAll(actor))) {
			byEvent.computeIfAbsent((UUID) row[0], (id) -> new ArrayList<>()).add(row);
		}
		List<org.ortak.shared.HubLink> links = new ArrayList<>();
		byEvent.forEach((event, rows) -> {
			if (rows.stream().map((row) -> row[2]).distinct().count() > 1) {
				rows.forEach((row) -> links.add(new org.ortak.shared.HubLink("event", event, (String) row[1],
						(UUID) row[2], ((OrganizationRole) row[3]).name())));
			}
		});
		return links;
	}

	/** The events of the ids that the reader may read, in the order they start. */
	@Transactional(readOnly = true)
	public List<EventSummary> summariesOf(Collection<UUID> ids, Actor actor) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return summaries(this.events.findByPublicIds(ids)
			.stream()
			.filter((event) -> EventPolicy.mayRead(actor, event))
			.sorted(Comparator.comparing(Event::startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Event::id))
			.toList());
	}

	/** The public events an organization took part in, latest first. */
	public List<EventSummary> ofOrganization(UUID organizationId, int limit) {
		return summaries(this.events.publicEventsOf(organizationId, PageRequest.of(0, limit)));
	}

	/** Refuses, as not found, who may not read the event. */
	public void requireReadable(UUID id, Actor actor) {
		readable(id, actor);
	}

	/** Refuses who may not keep the event: not found when they may not even read it. */
	public void requireKept(UUID id, Actor actor) {
		kept(id, actor);
	}

	/** Whether the reader keeps the event (it exists and they may read it). */
	public boolean keeps(UUID id, Actor actor) {
		return this.events.findByPublicId(id)
			.filter((event) -> EventPolicy.mayRead(actor, event) && EventPolicy.mayKeep(actor, event))
			.isPresent();
	}

	/** Whether anyone may read the event. */
	public boolean isPublic(UUID id) {
		return this.events.findByPublicId(id)
			.filter((event) -> EventPolicy.mayRead(Actor.ANONYMOUS, event))
			.isPresent();
	}

	Event readable(UUID id, Actor actor) {
		Event event = this.events.findByPublicId(id).orElseThrow(NotFound::new);
		if (!EventPolicy.mayRead(actor, event)) {
			throw new NotFound();
		}
		return event;
	}

	Event kept(UUID id, Actor actor) {
		Event event = readable(id, actor);
		if (!EventPolicy.mayKeep(actor, event)) {
			throw new Forbidden();
		}
		return event;
	}

	// ---- planning

	/** Refuses, before a form is shown, who may plan no event at all. */
	public void requireMayPlan(Actor actor) {
		if (!EventPolicy.mayPlanAny(actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
	}

	/** Venues and series are shared by every event: admins and coordinators keep them. */
	private static void requireStaff(Actor actor) {
		if (!EventPolicy.readsAll(actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
	}

	/** Checks a draft as {@link #create} would, without saving it. */
	void check(EventDraft draft) {
		resolved(draft, null);
	}

	@Transactional
	public EventDetails create(EventDraft draft, Actor actor) {
		requireMayPlan(actor);
		if (!EventPolicy.mayPlan(actor, draft.organizations())) {
			throw new Forbidden();
		}
		Resolved resolved = resolved(draft, null);
		if (!EventPolicy.readsAll(actor) && !draft.coordinators().isEmpty()) {
			throw InvalidInput.of("coordinators", "events.error.coordinatorsByStaff");
		}
		// an admin or coordinator who plans it is responsible for it, unless they name
		// others
		if (resolved.coordinators().isEmpty() && EventPolicy.readsAll(actor)) {
			resolved = new Resolved(resolved.venue(), resolved.series(), resolved.prepares(), resolved.zone(),
					resolved.regionPath(), List.of(actor.username()), resolved.organizationNames());
		}
		Event event = new Event(now(), actor.username());
		apply(event, draft, resolved, actor);
		saveCatching(event);
		return details(event, actor);
	}

	@Transactional
	public EventDetails update(UUID id, EventDraft draft, Long version, Actor actor) {
		Event event = kept(id, actor);
		if (version == null) {
			throw InvalidInput.of("version", "validation.required");
		}
		if (version != event.version()) {
			throw new StaleVersion();
		}
		// an organization's managers keep the events it organizes, and may not give them
		// away
		if (!EventPolicy.readsAll(actor) && !EventPolicy.mayPlan(actor, draft.organizations())) {
			throw new Forbidden();
		}
		// who sees the registrants is for admins and those already responsible to decide
		if (!Set.copyOf(draft.coordinators()).equals(event.coordinators()) && !actor.isAdmin()
				&& !EventPolicy.assigned(actor, event)) {
			throw InvalidInput.of("coordinators", "events.error.coordinatorsByAdmins");
		}
		Resolved resolved = resolved(draft, event);
		apply(event, draft, resolved, actor);
		saveCatching(event);
		// more places: the waiting line moves up at once
		this.places.fill(event);
		return details(event, actor);
	}

	@Transactional
	public EventDetails cancel(UUID id, Long version, Actor actor) {
		Event event = kept(id, actor);
		if (version != null && version != event.version()) {
			throw new StaleVersion();
		}
		event.cancel(now(), actor.username());
		return details(event, actor);
	}

	/**
	 * A draft for the next edition of an event's series (or a copy of a single event):
	 * the same texts, kind, venue, organizers and coordinators, the next number, and the
	 * dates to be set.
	 */
	public EventDraft nextEdition(UUID id, Actor actor) {
		// what the copy carries (the meeting link, the coordinators) is its keepers' own
		Event event = kept(id, actor);
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, String> descriptions = new LinkedHashMap<>();
		languagesOf(event).forEach((language) -> {
			EventText text = event.texts().get(language);
			titles.put(language, text.title());
			if (text.description() != null) {
				descriptions.put(language, text.description());
			}
		});
		Integer next = (event.series() != null) ? this.events.lastEdition(event.series()) + 1 : null;
		return new EventDraft(event.kind(), titles, descriptions, null, null, event.zone(),
				(event.venue() != null) ? event.venue().publicId() : null, event.regionId(), event.visibility(),
				event.format(), event.meetingLink(), event.capacity(), true,
				(event.series() != null) ? event.series().publicId() : null, next, null,
				event.organizations()
					.stream()
					.map((o) -> new EventDraft.Participation(o.organizationId(), o.role()))
					.toList(),
				List.copyOf(event.coordinators()));
	}

	/** A draft of the event as it is, for its edit form. */
	public EventDraft draftOf(UUID id, Actor actor) {
		Event event = kept(id, actor);
		EventDraft next = nextEdition(id, actor);
		return new EventDraft(next.kind(), next.titles(), next.descriptions(),
				event.startsAt().atZone(event.zone()).toLocalDateTime(),
				event.endsAt().atZone(event.zone()).toLocalDateTime(), event.zone(), next.venueId(), next.regionId(),
				next.visibility(), next.format(), next.meetingLink(), next.capacity(), event.registrationOpen(),
				next.seriesId(), event.edition(), (event.prepares() != null) ? event.prepares().publicId() : null,
				next.organizations(), next.coordinators());
	}

	private static EventDraft withCoordinators(EventDraft draft, List<String> coordinators) {
		return new EventDraft(draft.kind(), draft.titles(), draft.descriptions(), draft.start(), draft.end(),
				draft.timeZone(), draft.venueId(), draft.regionId(), draft.visibility(), draft.format(),
				draft.meetingLink(), draft.capacity(), draft.registrationOpen(), draft.seriesId(), draft.edition(),
				draft.preparesId(), draft.organizations(), coordinators);
	}

	/** What the draft refers to, found; every problem named at once. */
	private record Resolved(Venue venue, Series series, Event prepares, ZoneId zone, String regionPath,
			List<String> coordinators, String organizationNames) {
	}

	private Resolved resolved(EventDraft draft, Event existing) {
		Violations violations = draft.check();
		Venue venue = null;
		if (draft.venueId() != null) {
			venue = this.venues.findByPublicId(draft.venueId()).orElse(null);
			if (venue == null) {
				violations.add("venueId", "validation.badValue");
			}
		}
		Series series = null;
		if (draft.seriesId() != null) {
			series = this.series.findByPublicId(draft.seriesId()).orElse(null);
			if (series == null) {
				violations.add("seriesId", "validation.badValue");
			}
		}
		Event prepares = null;
		if (draft.preparesId() != null) {
			prepares = this.events.findByPublicId(draft.preparesId()).orElse(null);
			if (prepares == null) {
				violations.add("preparesId", "validation.badValue");
			}
			else if (existing != null && preparesItself(prepares, existing)) {
				violations.add("preparesId", "events.error.preparesItself");
			}
		}
		UUID regionId = (draft.regionId() != null) ? draft.regionId() : ((venue != null) ? venue.regionId() : null);
		String regionPath = null;
		if (regionId != null) {
			RegionView region = this.regions.find(regionId).orElse(null);
			if (region == null) {
				violations.add("regionId", "validation.badValue");
			}
			else {
				regionPath = region.path();
			}
		}
		Set<UUID> organizationIds = draft.organizations()
			.stream()
			.map(EventDraft.Participation::organizationId)
			.collect(Collectors.toSet());
		Map<UUID, String> names = this.organizations.names(organizationIds);
		if (names.size() < organizationIds.size()) {
			violations.add("organizations", "events.error.unknownOrganization");
		}
		List<String> coordinators = new ArrayList<>();
		for (String username : draft.coordinators()) {
			if (existing != null && existing.coordinators().contains(username)) {
				// kept as it is, even when its account has gone since
				coordinators.add(username);
				continue;
			}
			this.staff.coordinator(username)
				.ifPresentOrElse(coordinators::add,
						() -> violations.add("coordinators", "events.error.unknownUser", username));
		}
		violations.throwIfAny();
		ZoneId zone = (draft.timeZone() != null) ? draft.timeZone()
				: ((venue != null) ? venue.zone() : this.defaultZone);
		String organizationNames = String.join(" ", names.values());
		return new Resolved(venue, series, prepares, zone, regionPath, coordinators, organizationNames);
	}

	private static boolean preparesItself(Event prepares, Event existing) {
		Event step = prepares;
		for (int i = 0; step != null && i < 50; i++) {
			if (step.id().equals(existing.id())) {
				return true;
			}
			step = step.prepares();
		}
		return false;
	}

	private void apply(Event event, EventDraft draft, Resolved resolved, Actor actor) {
		Integer edition = draft.edition();
		if (resolved.series() != null && edition == null) {
			edition = (event.series() == resolved.series() && event.edition() != null) ? event.edition()
					: this.events.lastEdition(resolved.series()) + 1;
		}
		EventDraft named = withCoordinators(draft, resolved.coordinators());
		String searchKey = Text.matchKey(String.join(" ", Stream
			.concat(named.titles().values().stream(),
					Stream.of((resolved.venue() != null) ? resolved.venue().name() : "",
							(resolved.series() != null) ? resolved.series().name() : "", resolved.organizationNames()))
			.toList()));
		Instant startsAt = named.start().atZone(resolved.zone()).toInstant();
		Instant endsAt = named.end().atZone(resolved.zone()).toInstant();
		event.apply(named, startsAt, endsAt, resolved.zone(), resolved.venue(), resolved.regionPath(),
				resolved.series(), edition, resolved.prepares(),
				(searchKey.length() > 4000) ? searchKey.substring(0, 4000) : searchKey, now(), actor.username());
	}

	private void saveCatching(Event event) {
		try {
			this.events.saveAndFlush(event);
		}
		catch (DataIntegrityViolationException ex) {
			String message = String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("event_series_edition_uk")) {
				throw InvalidInput.of("edition", "events.error.editionTaken");
			}
			throw ex;
		}
	}

	// ---- series and venues

	/** The series the actor may know of: those with a public event, or all for staff. */
	public List<SeriesView> seriesList(Actor actor) {
		return (EventPolicy.readsAll(actor) ? this.series.findAllByOrderByName() : this.series.findPublic()).stream()
			.map((s) -> new SeriesView(s.publicId(), s.version(), s.name(), s.description(), List.of()))
			.toList();
	}

	public SeriesView series(UUID id, Actor actor) {
		Series found = this.series.findByPublicId(id).orElseThrow(NotFound::new);
		List<Event> editions = this.events.findBySeriesOrderByEditionAscStartsAtAsc(found)
			.stream()
			.filter((event) -> EventPolicy.mayRead(actor, event))
			.toList();
		Map<UUID, String> names = this.organizations.names(editions.stream()
			.flatMap((event) -> event.organizations().stream())
			.map(EventOrganization::organizationId)
			.collect(Collectors.toSet()));
		List<EventSummary> summaries = summaries(editions);
		List<SeriesView.Edition> list = new ArrayList<>();
		for (int i = 0; i < editions.size(); i++) {
			Event event = editions.get(i);
			list.add(new SeriesView.Edition(event.edition(), summaries.get(i),
					event.organizations()
						.stream()
						.filter((o) -> o.role() == OrganizationRole.HOST)
						.map((o) -> names.get(o.organizationId()))
						.toList()));
		}
		return new SeriesView(found.publicId(), found.version(), found.name(), found.description(), list);
	}

	@Transactional
	public SeriesView createSeries(String name, String description, Actor actor) {
		requireStaff(actor);
		String cleanName = Text.clean(name);
		String cleanDescription = Text.clean(description);
		new Violations().required("name", cleanName)
			.line("name", cleanName, 300)
			.text("description", cleanDescription, true)
			.maxLength("description", cleanDescription, 5000)
			.throwIfAny();
		Series made = this.series.save(new Series(cleanName, cleanDescription, now(), actor.username()));
		return new SeriesView(made.publicId(), made.version(), made.name(), made.description(), List.of());
	}

	@Transactional
	public SeriesView updateSeries(UUID id, String name, String description, Long version, Actor actor) {
		requireStaff(actor);
		Series found = this.series.findByPublicId(id).orElseThrow(NotFound::new);
		if (version == null) {
			throw InvalidInput.of("version", "validation.required");
		}
		if (version != found.version()) {
			throw new StaleVersion();
		}
		String cleanName = Text.clean(name);
		String cleanDescription = Text.clean(description);
		new Violations().required("name", cleanName)
			.line("name", cleanName, 300)
			.text("description", cleanDescription, true)
			.maxLength("description", cleanDescription, 5000)
			.throwIfAny();
		found.rename(cleanName, cleanDescription);
		this.series.flush();
		return series(id, actor);
	}

	public List<VenueView> venues(String q, int limit) {
		String key = (Text.clean(q) != null) ? Text.matchKey(q) : null;
		// no null parameters: PostgreSQL cannot type them in a like
		return this.venues.search((key == null) ? "" : key, PageRequest.of(0, limit))
			.stream()
			.map(Venue::view)
			.toList();
	}

	public VenueView venue(UUID id) {
		return this.venues.findByPublicId(id).map(Venue::view).orElseThrow(NotFound::new);
	}

	@Transactional
	public VenueView createVenue(VenueDraft draft, Actor actor) {
		requireStaff(actor);
		Violations violations = draft.check();
		checkVenueReferences(draft, violations);
		violations.throwIfAny();
		return this.venues.save(new Venue(draft, now())).view();
	}

	@Transactional
	public VenueView updateVenue(UUID id, VenueDraft draft, Long version, Actor actor) {
		requireStaff(actor);
		Venue venue = this.venues.findByPublicId(id).orElseThrow(NotFound::new);
		if (version == null) {
			throw InvalidInput.of("version", "validation.required");
		}
		if (version != venue.version()) {
			throw new StaleVersion();
		}
		Violations violations = draft.check();
		checkVenueReferences(draft, violations);
		violations.throwIfAny();
		venue.apply(draft);
		this.venues.flush();
		return venue.view();
	}

	private void checkVenueReferences(VenueDraft draft, Violations violations) {
		if (draft.regionId() != null && this.regions.find(draft.regionId()).isEmpty()) {
			violations.add("regionId", "validation.badValue");
		}
		if (draft.organizationId() != null && this.organizations.names(List.of(draft.organizationId())).isEmpty()) {
			violations.add("organizationId", "validation.badValue");
		}
	}

	// ---- views

	private Specification<Event> visibleTo(Actor actor) {
		return (root, query, cb) -> {
			if (EventPolicy.readsAll(actor)) {
				return cb.conjunction();
			}
			List<Predicate> any = new ArrayList<>();
			any.add(cb.equal(root.get("visibility"), Visibility.PUBLIC));
			if (actor.isSignedIn()) {
				any.add(cb.isMember(actor.username(), root.<Collection<String>>get("coordinators")));
				if (!actor.organizationIds().isEmpty()) {
					var sub = query.subquery(Long.class);
					var other = sub.from(Event.class);
					Join<Event, EventOrganization> organizations = other.join("organizations");
					sub.select(other.get("id"))
						.where(cb.equal(other.get("id"), root.get("id")),
								organizations.get("organizationId").in(actor.organizationIds()));
					any.add(cb.exists(sub));
				}
			}
			return cb.or(any.toArray(Predicate[]::new));
		};
	}

	private static Specification<Event> filters(EventQuery query, String[] words, String regionPath) {
		return (root, criteria, cb) -> {
			List<Predicate> all = new ArrayList<>();
			for (String word : words) {
				all.add(cb.like(root.get("searchKey"), "%" + word + "%"));
			}
			if (query.kind() != null) {
				all.add(cb.equal(root.get("kind"), query.kind()));
			}
			if (regionPath != null) {
				all.add(cb.like(root.get("regionPath"), regionPath + "%"));
			}
			if (query.series() != null) {
				all.add(cb.equal(root.get("series").get("publicId"), query.series()));
			}
			if (query.organizer() != null) {
				var sub = criteria.subquery(Long.class);
				var other = sub.from(Event.class);
				Join<Event, EventOrganization> organizations = other.join("organizations");
				sub.select(other.get("id"))
					.where(cb.equal(other.get("id"), root.get("id")),
							cb.equal(organizations.get("organizationId"), query.organizer()));
				all.add(cb.exists(sub));
			}
			if (query.from() != null) {
				all.add(cb.greaterThanOrEqualTo(root.get("endsOn"), query.from()));
			}
			if (query.to() != null) {
				all.add(cb.lessThanOrEqualTo(root.get("startsOn"), query.to()));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static String[] words(String q) {
		String key = (Text.clean(q) != null) ? Text.matchKey(q) : "";
		return key.isEmpty() ? new String[0] : key.split(" ");
	}

	List<EventSummary> summaries(List<Event> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, long[]> counts = counts(list.stream().map(Event::id).toList());
		Locale reader = LocaleContextHolder.getLocale();
		return list.stream().map((event) -> {
			long[] placed = counts.getOrDefault(event.id(), new long[2]);
			return new EventSummary(event.publicId(), event.kind(), textIn(event, reader).title(),
					languageIn(event, reader), event.startsAt(), event.endsAt(), event.startsOn(), event.endsOn(),
					event.zone().getId(), (event.venue() != null) ? event.venue().name() : null, event.regionId(),
					event.visibility(), event.format(), event.cancelled(), event.capacity(), placed[0], placed[1],
					(event.series() != null) ? event.series().publicId() : null,
					(event.series() != null) ? event.series().name() : null, event.edition());
		}).toList();
	}

	private Map<Long, long[]> counts(Collection<Long> eventIds) {
		Map<Long, long[]> counts = new HashMap<>();
		for (Object[] row : this.registrations.countsOf(eventIds)) {
			long[] placed = counts.computeIfAbsent((Long) row[0], (id) -> new long[2]);
			if (row[1] == RegistrationStatus.CONFIRMED) {
				placed[0] = ((Number) row[2]).longValue();
			}
			else if (row[1] == RegistrationStatus.WAITING) {
				placed[1] = ((Number) row[2]).longValue();
			}
		}
		return counts;
	}

	/** The event's text in the reader's language when it has one, else in its own. */
	static EventText textIn(Event event, Locale reader) {
		return event.texts().getOrDefault(Language.of(reader).code(), event.texts().get(event.language()));
	}

	/** The event's languages: the one it was written in first, then the others. */
	static List<String> languagesOf(Event event) {
		List<String> languages = new ArrayList<>(List.of(event.language()));
		for (Language language : Language.values()) {
			if (event.texts().containsKey(language.code()) && !language.code().equals(event.language())) {
				languages.add(language.code());
			}
		}
		return languages;
	}

	static String languageIn(Event event, Locale reader) {
		String code = Language.of(reader).code();
		return event.texts().containsKey(code) ? code : event.language();
	}

	EventDetails details(Event event, Actor actor) {
		Locale reader = LocaleContextHolder.getLocale();
		Map<Long, long[]> counts = counts(List.of(event.id()));
		long[] placed = counts.getOrDefault(event.id(), new long[2]);
		Map<UUID, String> names = this.organizations
			.names(event.organizations().stream().map(EventOrganization::organizationId).collect(Collectors.toSet()));
		boolean keeps = EventPolicy.mayKeep(actor, event);
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (String language : languagesOf(event)) {
			EventText text = event.texts().get(language);
			titles.put(language, text.title());
			if (text.description() != null) {
				descriptions.put(language, text.description());
			}
		}
		EventText text = textIn(event, reader);
		List<EventDetails.EventRef> preparedBy = this.events.findByPreparesOrderByStartsAt(event)
			.stream()
			.filter((other) -> EventPolicy.mayRead(actor, other))
			.map((other) -> ref(other, reader))
			.toList();
		Event prepares = (event.prepares() != null && EventPolicy.mayRead(actor, event.prepares())) ? event.prepares()
				: null;
		return new EventDetails(event.publicId(), event.version(), event.kind(), text.title(), text.description(),
				languageIn(event, reader), titles, descriptions, event.startsAt(), event.endsAt(),
				event.startsAt().atZone(event.zone()).toLocalDateTime(),
				event.endsAt().atZone(event.zone()).toLocalDateTime(), event.zone().getId(),
				(event.venue() != null) ? event.venue().view() : null, event.regionId(), event.visibility(),
				event.format(), keeps ? event.meetingLink() : null, event.capacity(), event.registrationOpen(),
				event.takesRegistrations(now()), placed[0], placed[1],
				(event.series() != null)
						? new EventDetails.SeriesRef(event.series().publicId(), event.series().name()) : null,
				event.edition(), (prepares != null) ? ref(prepares, reader) : null, preparedBy,
				event.organizations()
					.stream()
					.map((o) -> new EventDetails.Participant(o.organizationId(), names.get(o.organizationId()),
							o.role()))
					.sorted(Comparator.comparing(EventDetails.Participant::role))
					.toList(),
				keeps ? List.copyOf(event.coordinators()) : null, event.cancelled(), event.updatedAt(),
				new EventDetails.Permissions(keeps, EventPolicy.seesRegistrants(actor, event)));
	}

	private static EventDetails.EventRef ref(Event event, Locale reader) {
		return new EventDetails.EventRef(event.publicId(), textIn(event, reader).title(), event.startsAt(),
				event.zone().getId());
	}

	LocalDate today(ZoneId zone) {
		return LocalDate.now(this.clock.withZone(zone));
	}

	ZoneId defaultZone() {
		return this.defaultZone;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
