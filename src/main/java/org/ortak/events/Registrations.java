package org.ortak.events;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.people.AffiliationDraft;
import org.ortak.people.ConsentPurpose;
import org.ortak.people.ContactAccess;
import org.ortak.people.People;
import org.ortak.people.PersonDraft;
import org.ortak.people.PersonalData;
import org.ortak.shared.DomainException;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.Text;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;

/**
 * Registrations: on the public form or by a coordinator, with the registrant's consent
 * recorded; places decided one at a time under the event's lock; a private link to see
 * and cancel; the waiting line moving up on every cancellation. Registrants' data is for
 * admins and the event's coordinators alone.
 */
@Service
@Transactional(readOnly = true)
public class Registrations implements ContactAccess, PersonalData {

	public static final int MAX_PAGE_SIZE = 500;

	private final Events events;

	private final EventRepository eventRepository;

	private final RegistrationRepository repository;

	private final Places places;

	private final People people;

	private final RegistrationLinks links;

	private final RegistrationMail.Sender mail;

	private final org.ortak.organizations.Organizations organizations;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher published;

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entityManager;

	Registrations(Events events, EventRepository eventRepository, RegistrationRepository repository, Places places,
			People people, RegistrationLinks links, RegistrationMail.Sender mail,
			org.ortak.organizations.Organizations organizations, Clock clock,
			org.springframework.context.ApplicationEventPublisher published) {
		this.organizations = organizations;
		this.published = published;
		this.events = events;
		this.eventRepository = eventRepository;
		this.repository = repository;
		this.places = places;
		this.people = people;
		this.links = links;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Registers someone: on the public form ({@code FORM}, public events only, anyone) or
	 * by the event's keepers (any other source). A place while there is one, the waiting
	 * line after; the same address twice is refused; a confirmation mail is sent after
	 * the commit.
	 */
	@Transactional
	public Registered register(UUID eventId, RegistrationDraft draft, RegistrationSource source, Actor actor,
			Locale locale) {
		Event event = this.events.readable(eventId, actor);
		if (source == RegistrationSource.INVITATION) {
			// an invitation's own link registers, through Invitations
			throw new Forbidden();
		}
		if (source == RegistrationSource.FORM) {
			if (!event.isPublic()) {
				throw new NotFound();
			}
		}
		else if (!EventPolicy.seesRegistrants(actor, event)) {
			throw new Forbidden();
		}
		return register(event, draft, source, (source == RegistrationSource.FORM) ? "self" : actor.username(), null,
				locale);
	}

	/**
	 * Registers someone on an event whose right to it was checked: by the form, a keeper,
	 * or an invitation's link ({@code by}: who, for the consent's record). The registrant
	 * on the form or an invitation is not trusted with a known person's record; one
	 * through an invitation is counted on it.
	 */
	Registered register(Event event, RegistrationDraft draft, RegistrationSource source, String by,
			Invitation invitation, Locale locale) {
		boolean selfService = source == RegistrationSource.FORM || source == RegistrationSource.INVITATION;
		boolean walkIn = source == RegistrationSource.WALK_IN;
		draft.check(!walkIn).throwIfAny();
		// one registration per address; someone at the door without one is a registration
		// of their own
		String emailKey = (draft.email() != null) ? draft.email().strip().toLowerCase(Locale.ROOT)
				: "walk-in:" + UUID.randomUUID();
		this.places.lock(event);
		// read again under the lock: capacity and opening as they are now
		this.entityManager.refresh(event);
		if (!walkIn && !event.takesRegistrations(now())) {
			throw new Closed();
		}
		// the time of the place is taken under the lock: the waiting line is in its order
		Instant now = now();
		Registration existing = this.repository.findByEventIdAndEmailKey(event.id(), emailKey).orElse(null);
		if (existing != null && existing.status() != RegistrationStatus.CANCELLED) {
			if (selfService) {
				// the public form says nothing of who registered: the address gets its
				// link again
				this.mail.resend(existing);
				return new Registered(existing.publicId(), null, null, null);
			}
			throw InvalidInput.of("email", "events.error.alreadyRegistered");
		}
		UUID personId = this.people.enrol(
				new PersonDraft(draft.name(), draft.gender(), draft.email(), draft.phone(), List.of(),
						// a function is kept on the registration; an affiliation needs
						// its organization
						(draft.organizationId() != null || draft.organizationName() != null)
								? List.of(new AffiliationDraft(draft.organizationId(), draft.organizationName(),
										draft.function(), null, null))
								: List.of()),
				ConsentPurpose.EVENT_REGISTRATION, event.title(), by, !selfService);
		// someone at the door has come: a place, whatever the count says
		RegistrationStatus status = (source == RegistrationSource.WALK_IN) ? RegistrationStatus.CONFIRMED
				: this.places.next(event);
		String language = Language.of(locale).code();
		Registration registration;
		if (existing != null) {
			registration = existing;
			registration.renew(personId, draft, status, language, now);
		}
		else {
			registration = new Registration(event.id(), personId, emailKey, draft, source, status, language, now);
		}
		// the link depends only on the registration's id and time: known before it is
		// saved
		String token = this.links.token(registration);
		registration.link(RegistrationLinks.hash(token));
		registration.through(invitation);
		if (existing == null) {
			this.repository.save(registration);
		}
		if (walkIn) {
			registration.checkIn(now);
		}
		this.repository.flush();
		if (walkIn) {
			this.published.publishEvent(new AttendanceChanged(event.publicId()));
		}
		this.mail.schedule(registration, (status == RegistrationStatus.CONFIRMED) ? RegistrationMail.Kind.CONFIRMED
				: RegistrationMail.Kind.WAITING);
		return new Registered(registration.publicId(), status, waitingPosition(registration), token);
	}

	/** The registration behind a private link, as its registrant sees it. */
	public OwnRegistration own(String token) {
		Registration registration = byToken(token);
		Event event = this.eventRepository.findById(registration.eventId()).orElseThrow(NotFound::new);
		People.Contact contact = this.people.contacts(List.of(registration.personId())).get(registration.personId());
		EventDetails details = this.events.details(event, Actor.ANONYMOUS);
		boolean placed = registration.status() == RegistrationStatus.CONFIRMED;
		return new OwnRegistration(registration.publicId(), (contact != null) ? contact.name() : null,
				registration.status(), waitingPosition(registration), details,
				(placed && event.format().online()) ? event.meetingLink() : null,
				placed && registration.checkedInAt() != null);
	}

	/** The event of a private link as an iCalendar file: the link is the right to it. */
	byte[] calendarFile(String token, Locale reader) {
		Registration registration = byToken(token);
		return this.events.calendarFile(
				this.eventRepository.findById(registration.eventId()).orElseThrow(NotFound::new), reader,
				registration.status() == RegistrationStatus.CANCELLED);
	}

	/** Cancelled through the private link; the first in the waiting line moves up. */
	@Transactional
	public OwnRegistration cancel(String token) {
		Registration registration = byToken(token);
		cancel(registration);
		return own(token);
	}

	/** Cancelled by the event's coordinators. */
	@Transactional
	public void cancel(UUID eventId, UUID registrationId, Actor actor) {
		Event event = this.events.readable(eventId, actor);
		if (!EventPolicy.seesRegistrants(actor, event)) {
			throw new Forbidden();
		}
		Registration registration = this.repository.findByPublicId(registrationId)
			.filter((found) -> found.eventId().equals(event.id()))
			.orElseThrow(NotFound::new);
		cancel(registration);
	}

	private void cancel(Registration registration) {
		Event event = this.eventRepository.findById(registration.eventId()).orElseThrow(NotFound::new);
		this.places.lock(event);
		// as it is now: it may have moved up the line since it was read
		this.entityManager.refresh(registration);
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return;
		}
		boolean freed = registration.status() == RegistrationStatus.CONFIRMED;
		boolean came = freed && registration.checkedInAt() != null;
		registration.cancel(now());
		this.repository.flush();
		if (came) {
			this.published.publishEvent(new AttendanceChanged(event.publicId()));
		}
		this.mail.schedule(registration, RegistrationMail.Kind.CANCELLED);
		if (freed) {
			this.places.fill(event);
		}
	}

	public ResultPage<RegistrationView> list(UUID eventId, RegistrationStatus status, int page, int size, Actor actor) {
		Event event = this.events.readable(eventId, actor);
		if (!EventPolicy.seesRegistrants(actor, event)) {
			throw new Forbidden();
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw InvalidInput.of("size", "validation.range", 1, MAX_PAGE_SIZE);
		}
		if (page < 0 || page > 10_000) {
			throw InvalidInput.of("page", "validation.range", 0, 10_000);
		}
		Page<Registration> found = this.repository.findByEvent(event.id(), status, PageRequest.of(page, size));
		return new ResultPage<>(views(found.getContent()), page, size, found.getTotalElements());
	}

	/** Every registration of the event, for its export. */
	public List<RegistrationView> all(UUID eventId, Actor actor) {
		Event event = this.events.readable(eventId, actor);
		if (!EventPolicy.seesRegistrants(actor, event)) {
			throw new Forbidden();
		}
		return views(this.repository.findAllOfEvent(event.id()));
	}

	/**
	 * The registrations whose person's name holds the words (folded), for the check-in
	 * desk: the event's coordinators and admins.
	 */
	public List<RegistrationView> find(UUID eventId, String q, Actor actor) {
		String key = (Text.clean(q) != null) ? Text.matchKey(q) : "";
		String address = (Text.clean(q) != null) ? Text.clean(q).toLowerCase(Locale.ROOT) : "";
		new org.ortak.shared.Violations().line("q", Text.clean(q), 200).throwIfAny();
		return all(eventId, actor).stream()
			.filter((r) -> r.status() != RegistrationStatus.CANCELLED)
			.filter((r) -> key.isEmpty() || (r.name() != null && Text.matchKey(r.name()).contains(key))
					|| (r.email() != null && !address.isEmpty()
							&& r.email().toLowerCase(Locale.ROOT).contains(address)))
			.limit(50)
			.toList();
	}

	/** Checked in at the door (a waiting registrant who came takes a place). */
	@Transactional
	public RegistrationView checkIn(UUID eventId, UUID registrationId, boolean present, Actor actor) {
		Event event = this.events.readable(eventId, actor);
		if (!EventPolicy.seesRegistrants(actor, event)) {
			throw new Forbidden();
		}
		Registration registration = this.repository.findByPublicId(registrationId)
			.filter((found) -> found.eventId().equals(event.id()))
			.orElseThrow(NotFound::new);
		// decided with the event's places: never over a cancellation made meanwhile
		this.places.lock(event);
		this.entityManager.refresh(registration);
		if (registration.status() == RegistrationStatus.CANCELLED) {
			throw InvalidInput.of("registration", "events.error.cancelledRegistration");
		}
		if (present) {
			if (registration.status() == RegistrationStatus.WAITING) {
				registration.promote(now());
			}
			registration.checkIn(now());
		}
		else {
			registration.checkIn(null);
		}
		this.repository.flush();
		this.published.publishEvent(new AttendanceChanged(event.publicId()));
		return views(List.of(registration)).get(0);
	}

	/**
	 * Checked in by the code the registrant shows: their private link (or its token), as
	 * a scanner or a camera reads the QR code of their page or mail. A code of another
	 * event is not taken.
	 */
	@Transactional
	public RegistrationView checkInByCode(UUID eventId, String code, Actor actor) {
		Event event = this.events.readable(eventId, actor);
		if (!EventPolicy.seesRegistrants(actor, event)) {
			throw new Forbidden();
		}
		String clean = Text.clean(code);
		String token = (clean != null && clean.contains("/r/")) ? clean.substring(clean.lastIndexOf("/r/") + 3) : clean;
		if (token != null && token.indexOf('?') >= 0) {
			token = token.substring(0, token.indexOf('?'));
		}
		Registration registration = (token == null || token.isEmpty() || token.length() > 100) ? null
				: this.repository.findByTokenHash(RegistrationLinks.hash(token)).orElse(null);
		if (registration == null || !registration.eventId().equals(event.id())) {
			throw InvalidInput.of("code", "events.error.unknownCode");
		}
		return checkIn(eventId, registration.publicId(), true, actor);
	}

	/** The QR code of a private link, as SVG. */
	String qrCode(String token, String baseUrl) {
		byToken(token);
		return QrCode.svg(baseUrl + "/r/" + token);
	}

	/**
	 * Who came to any of the events (by public id): each person once, by gender. Figures
	 * with no names, as a project's reports give them.
	 */
	@Transactional(readOnly = true)
	public Participants participants(Collection<UUID> eventIds) {
		if (eventIds.isEmpty()) {
			return Participants.NONE;
		}
		List<Long> ids = this.eventRepository.findByPublicIds(eventIds).stream().map(Event::id).toList();
		if (ids.isEmpty()) {
			return Participants.NONE;
		}
		List<UUID> people = this.repository.peopleWhoCame(ids);
		// read a few thousand at a time: no database takes an unbounded "in"
		Map<UUID, org.ortak.people.PersonCard> cards = new java.util.HashMap<>();
		for (int from = 0; from < people.size(); from += 5000) {
			cards.putAll(this.people.cards(people.subList(from, Math.min(people.size(), from + 5000)), null));
		}
		Map<String, Long> byGender = new java.util.TreeMap<>();
		for (UUID person : people) {
			org.ortak.people.PersonCard card = cards.get(person);
			byGender.merge((card != null && card.gender() != null) ? card.gender().name() : "UNSAID", 1L, Long::sum);
		}
		return new Participants(people.size(), byGender, this.repository.countWhoCame(ids));
	}

	/** Who came, counted by gender and by the kind of their organization. */
	public Attendance attendance(UUID eventId, Actor actor) {
		Event event = this.events.kept(eventId, actor);
		List<Registration> placed = this.repository.findAllOfEvent(event.id())
			.stream()
			.filter((r) -> r.status() == RegistrationStatus.CONFIRMED)
			.toList();
		List<Registration> came = placed.stream().filter((r) -> r.checkedInAt() != null).toList();
		Map<UUID, org.ortak.people.PersonCard> cards = this.people
			.cards(came.stream().map(Registration::personId).toList(), null);
		Map<UUID, org.ortak.organizations.OrganizationKind> kinds = this.organizations
			.kinds(came.stream().map(Registration::organizationId).filter((id) -> id != null).toList());
		Map<String, Long> byGender = new java.util.TreeMap<>();
		Map<String, Long> byKind = new java.util.TreeMap<>();
		for (Registration r : came) {
			org.ortak.people.PersonCard card = cards.get(r.personId());
			String gender = (card != null && card.gender() != null) ? card.gender().name() : "UNSAID";
			byGender.merge(gender, 1L, Long::sum);
			String kind = (r.organizationId() != null && kinds.containsKey(r.organizationId()))
					? kinds.get(r.organizationId()).name() : "NOT_IN_REGISTER";
			byKind.merge(kind, 1L, Long::sum);
		}
		long walkIns = came.stream().filter((r) -> r.source() == RegistrationSource.WALK_IN).count();
		return new Attendance(placed.size(), came.size(), walkIns, byGender, byKind);
	}

	private List<RegistrationView> views(List<Registration> registrations) {
		Map<UUID, People.Contact> contacts = this.people
			.contacts(registrations.stream().map(Registration::personId).toList());
		List<RegistrationView> views = new ArrayList<>();
		for (Registration r : registrations) {
			People.Contact contact = contacts.get(r.personId());
			views.add(new RegistrationView(r.publicId(), r.status(), r.source(), r.personId(),
					(contact != null) ? contact.name() : null, (contact != null) ? contact.email() : null,
					(contact != null) ? contact.phone() : null, r.organizationId(), r.organizationName(), r.function(),
					r.needs(), r.needsNote(), r.registeredAt(), r.statusAt(), r.checkedInAt()));
		}
		return views;
	}

	private Long waitingPosition(Registration registration) {
		if (registration.status() != RegistrationStatus.WAITING) {
			return null;
		}
		return this.repository.countAhead(registration.eventId(), registration.registeredAt(), registration.id()) + 1;
	}

	private Registration byToken(String token) {
		String clean = Text.clean(token);
		if (clean == null || clean.length() > 100) {
			throw new NotFound();
		}
		return this.repository.findByTokenHash(RegistrationLinks.hash(clean)).orElseThrow(NotFound::new);
	}

	// ---- what people's module asks

	@Override
	public boolean mayContact(Actor actor, UUID personId) {
		return actor.isSignedIn() && this.eventRepository.coordinatesEventOf(actor.username(), personId);
	}

	@Override
	public String section() {
		return "registrations";
	}

	@Override
	public Object export(UUID personId) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Registration r : this.repository.findByPersonId(personId)) {
			Map<String, Object> item = new LinkedHashMap<>();
			Event event = this.eventRepository.findById(r.eventId()).orElse(null);
			item.put("event", (event != null) ? event.title() : null);
			item.put("eventId", (event != null) ? event.publicId() : null);
			item.put("status", r.status());
			item.put("organizationName", r.organizationName());
			item.put("function", r.function());
			item.put("needs", r.needs());
			item.put("needsNote", r.needsNote());
			item.put("registeredAt", r.registeredAt());
			item.put("checkedInAt", r.checkedInAt());
			list.add(item);
		}
		return list;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		this.repository.findByPersonId(personId).forEach(Registration::anonymize);
	}

	/** To the microsecond, as every database keeps it. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** The event takes no registrations: closed, cancelled or over. */
	static class Closed extends DomainException {

		Closed() {
			super("events.error.registrationClosed");
		}

	}

}
