package org.ortak.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Role;

/**
 * The people Ortak knows, and their personal data: recorded under consent, shown in full
 * only to admins and to the coordinators of the events a person took part in, exported
 * and erased on request.
 */
@Service
@Transactional(readOnly = true)
public class People {

	public static final int MAX_PAGE_SIZE = 100;

	private final PersonRepository repository;

	// other modules answer through these, and depend on this one: looked up when asked
	private final ObjectProvider<ContactAccess> access;

	private final ObjectProvider<PersonalData> elsewhere;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	People(PersonRepository repository, ObjectProvider<ContactAccess> access, ObjectProvider<PersonalData> elsewhere,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.elsewhere = elsewhere;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor may read people at all: admins and coordinators. */
	public static boolean mayRead(Actor actor) {
		return actor.isAdmin() || actor.roles().contains(Role.COORDINATOR);
	}

	public boolean mayContact(Actor actor, UUID personId) {
		return actor.isAdmin() || (actor.isSignedIn()
				&& this.access.orderedStream().anyMatch((rule) -> rule.mayContact(actor, personId)));
	}

	public ResultPage<PersonView> search(String q, int page, int size, Actor actor) {
		requireReader(actor);
		Violations violations = new Violations().line("q", Text.clean(q), 200);
		if (size < 1 || size > MAX_PAGE_SIZE) {
			violations.add("size", "validation.range", 1, MAX_PAGE_SIZE);
		}
		if (page < 0 || page > 10_000) {
			violations.add("page", "validation.range", 0, 10_000);
		}
		violations.throwIfAny();
		String key = Text.clean(q) != null ? Text.matchKey(q) : null;
		// an address is found whole, never pieced together from fragments
		String email = (Text.clean(q) != null) ? Person.emailKey(Text.clean(q)) : "";
		// no null parameters: PostgreSQL cannot type them in a like
		Page<Person> found = this.repository.search((key != null) ? key : "", email, PageRequest.of(page, size));
		return new ResultPage<>(found.getContent().stream().map((person) -> view(person, actor)).toList(), page, size,
				found.getTotalElements());
	}

	public PersonView get(UUID id, Actor actor) {
		requireReader(actor);
		return view(person(id), actor);
	}

	@Transactional
	public PersonView create(PersonDraft draft, Actor actor) {
		requireReader(actor);
		Violations violations = draft.check();
		violations.throwIfAny();
		if (draft.email() != null) {
			this.repository
				.findFirstByNameKeyAndEmailKeyOrderById(Text.matchKey(draft.name()), Person.emailKey(draft.email()))
				.ifPresent((same) -> {
					throw InvalidInput.of("name", "people.error.duplicate");
				});
		}
		return view(this.repository.save(new Person(draft, now(), actor.username())), actor);
	}

	@Transactional
	public PersonView update(UUID id, PersonDraft draft, Long version, Actor actor) {
		requireReader(actor);
		Person person = person(id);
		if (person.erased()) {
			throw InvalidInput.of("name", "people.error.erased");
		}
		if (version == null) {
			throw InvalidInput.of("version", "validation.required");
		}
		if (version != person.version()) {
			throw new StaleVersion();
		}
		// contact data only from who may see it: a coordinator without access keeps it
		PersonDraft kept = mayContact(actor, id) ? draft : new PersonDraft(draft.name(), draft.gender(), person.email(),
				person.phone(), draft.languages(), draft.affiliations());
		kept.check().throwIfAny();
		person.apply(kept);
		this.repository.flush();
		return view(person, actor);
	}

	/**
	 * The person who registers or is named, found by name and e-mail or made: their
	 * affiliation added, their consent recorded as given by them (or by {@code by}). For
	 * other modules, which check who may do it.
	 */
	@Transactional
	public UUID enrol(PersonDraft draft, ConsentPurpose purpose, String detail, String by) {
		return enrol(draft, purpose, detail, by, true);
	}

	/**
	 * As {@link #enrol(PersonDraft, ConsentPurpose, String, String)}; from an untrusted
	 * source (a public form, where anyone may type anyone's name and address) a person
	 * already known is not changed: their affiliations stay as their keepers wrote them.
	 */
	@Transactional
	public UUID enrol(PersonDraft draft, ConsentPurpose purpose, String detail, String by, boolean trusted) {
		draft.check().throwIfAny();
		Person person = (draft.email() == null) ? null
				: this.repository
					.findFirstByNameKeyAndEmailKeyOrderById(Text.matchKey(draft.name()), Person.emailKey(draft.email()))
					.orElse(null);
		if (person == null) {
			person = this.repository.save(new Person(draft, now(), by));
		}
		else if (trusted) {
			for (AffiliationDraft affiliation : draft.affiliations()) {
				person.affiliate(affiliation);
			}
		}
		if (purpose != null) {
			person.consent(purpose, detail, now(), by);
		}
		return person.publicId();
	}

	/**
	 * How the people asked for are shown on the day in question: their names and
	 * affiliations, and their contact when {@code withContact} (the caller's module has
	 * decided that its actor may see it).
	 */
	public Map<UUID, PersonCard> cards(Collection<UUID> ids, LocalDate day) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findByPublicIdIn(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(Person::publicId, (person) -> card(person, day)));
	}

	/** The contact of the people asked for, for a module that has checked its actor. */
	public Map<UUID, Contact> contacts(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findByPublicIdIn(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(Person::publicId,
					(person) -> new Contact(person.name(), person.email(), person.phone(), person.languages())));
	}

	/** A person's name and how they are reached. */
	public record Contact(String name, String email, String phone, List<String> languages) {
	}

	/** Whether the person has a consent of this purpose that was not withdrawn. */
	public boolean consents(UUID id, ConsentPurpose purpose) {
		return this.repository.findByPublicId(id).map((person) -> person.consents(purpose)).orElse(false);
	}

	/** Those of the people asked for who have a consent of this purpose not withdrawn. */
	public Set<UUID> consenting(Collection<UUID> ids, ConsentPurpose purpose) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return this.repository.findByPublicIdIn(Set.copyOf(ids))
			.stream()
			.filter((person) -> person.consents(purpose))
			.map(Person::publicId)
			.collect(Collectors.toSet());
	}

	@Transactional
	public PersonView recordConsent(UUID id, ConsentPurpose purpose, String detail, Actor actor) {
		requireContact(id, actor);
		String clean = Text.clean(detail);
		new Violations().required("purpose", purpose).line("detail", clean, 300).throwIfAny();
		Person person = person(id);
		if (person.erased()) {
			throw InvalidInput.of("purpose", "people.error.erased");
		}
		person.consent(purpose, clean, now(), actor.username());
		return view(person, actor);
	}

	@Transactional
	public PersonView withdrawConsent(UUID id, ConsentPurpose purpose, Actor actor) {
		requireContact(id, actor);
		Person person = person(id);
		person.withdraw(purpose, now());
		return view(person, actor);
	}

	/**
	 * Everything Ortak holds of the person, as one JSON-ready document: their record,
	 * affiliations, consents, and what each other module holds.
	 */
	public Map<String, Object> export(UUID id, Actor actor) {
		requireAdmin(actor);
		person(id);
		Person person = person(id);
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("person", view(person, actor));
		document.put("exportedAt", now());
		for (PersonalData data : this.elsewhere.orderedStream().toList()) {
			document.put(data.section(), data.export(id));
		}
		return document;
	}

	/**
	 * Erases the person on request: name, contact, languages, functions and consents go,
	 * and what other modules hold that names them; the anonymous record stays, with its
	 * gender and organizations, so that every count that included them stays right.
	 */
	@Transactional
	public PersonView erase(UUID id, Actor actor) {
		requireAdmin(actor);
		Person person = person(id);
		if (!person.erased()) {
			this.elsewhere.orderedStream().forEach((data) -> data.erase(id));
			person.erase(now());
			this.events.publishEvent(new PersonErased(id));
		}
		return view(person, actor);
	}

	/**
	 * A person's whole data (every event, every module) is handed out or erased by
	 * admins, who answer such requests for the platform.
	 */
	private static void requireAdmin(Actor actor) {
		requireReader(actor);
		if (!actor.isAdmin()) {
			throw new Forbidden();
		}
	}

	private void requireContact(UUID id, Actor actor) {
		requireReader(actor);
		person(id);
		if (!mayContact(actor, id)) {
			throw new Forbidden();
		}
	}

	private static void requireReader(Actor actor) {
		if (!mayRead(actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
	}

	private Person person(UUID id) {
		return this.repository.findByPublicId(id).orElseThrow(NotFound::new);
	}

	private PersonView view(Person person, Actor actor) {
		boolean contact = !person.erased() && mayContact(actor, person.publicId());
		return new PersonView(person.publicId(), person.version(), person.name(), person.gender(),
				contact ? person.email() : null, contact ? person.phone() : null, person.languages(),
				person.affiliations(), contact ? person.consents() : null, contact,
				person.consents(ConsentPurpose.PHOTOS), person.erased(), person.erasedAt(), person.createdAt());
	}

	private static PersonCard card(Person person, LocalDate day) {
		AffiliationDraft held = person.affiliationOn(day).orElse(null);
		return new PersonCard(person.publicId(), person.name(), person.gender(),
				(held != null) ? held.organizationId() : null, (held != null) ? held.organizationName() : null,
				(held != null) ? held.function() : null, person.erased());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
