package org.ortak.events;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.Organizations;
import org.ortak.people.People;
import org.ortak.people.PersonalData;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;

/**
 * Invitations to an event, the way into an internal one. The event's coordinators (and
 * admins) invite people of the register, at their address, or organizations, at their
 * contact address; each gets a mail with a private link ({@code /i/{token}}) that shows
 * the event, however internal, and registers: a person once, an organization's people
 * each with their own address. A declined invitation can still be taken up later.
 */
@Service
public class Invitations implements PersonalData {

	/** At most this many invited in one go. */
	static final int MAX_AT_ONCE = 200;

	private final InvitationRepository repository;

	private final EventRepository eventRepository;

	private final RegistrationRepository registrationRepository;

	private final Events events;

	private final Registrations registrations;

	private final RegistrationLinks links;

	private final RegistrationMail.Sender mail;

	private final People people;

	private final Organizations organizations;

	private final Clock clock;

	private final Places places;

	private final jakarta.persistence.EntityManager entityManager;

	Invitations(InvitationRepository repository, EventRepository eventRepository,
			RegistrationRepository registrationRepository, Events events, Registrations registrations,
			RegistrationLinks links, RegistrationMail.Sender mail, People people, Organizations organizations,
			Clock clock, Places places, jakarta.persistence.EntityManager entityManager) {
		this.places = places;
		this.entityManager = entityManager;
		this.repository = repository;
		this.eventRepository = eventRepository;
		this.registrationRepository = registrationRepository;
		this.events = events;
		this.registrations = registrations;
		this.links = links;
		this.mail = mail;
		this.people = people;
		this.organizations = organizations;
		this.clock = clock;
	}

	/**
	 * Invites the people and organizations given, who were not invited yet, each by mail
	 * in the language given; refused whole when one of them has no address to write to.
	 * Answers the invitations made.
	 */
	@Transactional
	public List<InvitationView> invite(UUID eventId, List<UUID> personIds, List<UUID> organizationIds, String language,
			Actor actor) {
		Event event = this.events.readable(eventId, actor);
		if (!EventPolicy.seesRegistrants(actor, event)) {
			throw new Forbidden();
		}
		Set<UUID> persons = new LinkedHashSet<>((personIds != null) ? personIds : List.of());
		Set<UUID> orgs = new LinkedHashSet<>((organizationIds != null) ? organizationIds : List.of());
		persons.remove(null);
		orgs.remove(null);
		Violations violations = new Violations();
		if (persons.isEmpty() && orgs.isEmpty()) {
			violations.add("people", "events.invitations.nobody");
		}
		if (persons.size() + orgs.size() > MAX_AT_ONCE) {
			violations.add("people", "validation.tooMany", MAX_AT_ONCE);
			violations.throwIfAny();
		}
		if (language != null && !Language.isCode(language)) {
			violations.add("language", "validation.badValue");
		}
		Map<UUID, People.Contact> contacts = this.people.contacts(persons);
		for (UUID person : persons) {
			People.Contact contact = contacts.get(person);
			if (contact == null) {
				violations.add("people", "validation.badValue");
			}
			else if (contact.email() == null) {
				violations.add("people", "events.invitations.noEmail", contact.name());
			}
		}
		Map<UUID, String> orgNames = this.organizations.names(orgs);
		Map<UUID, String> orgEmails = this.organizations.emails(orgs);
		for (UUID org : orgs) {
			if (!orgNames.containsKey(org)) {
				violations.add("organizations", "validation.badValue");
			}
			else if (!orgEmails.containsKey(org)) {
				violations.add("organizations", "events.invitations.noEmail", orgNames.get(org));
			}
		}
		violations.throwIfAny();
		// one at a time per event: the same person twice at once is invited once
		this.places.lock(event);
		Set<UUID> invitedPeople = new java.util.HashSet<>();
		Set<UUID> invitedOrgs = new java.util.HashSet<>();
		for (Invitation existing : this.repository.ofEvent(event.id())) {
			if (existing.personId() != null) {
				invitedPeople.add(existing.personId());
			}
			else {
				invitedOrgs.add(existing.organizationId());
			}
		}
		String code = (language != null) ? language : event.language();
		Instant now = now();
		List<Invitation> made = new ArrayList<>();
		for (UUID person : persons) {
			if (invitedPeople.add(person)) {
				made.add(new Invitation(event.id(), person, null, code, now, actor.username()));
			}
		}
		for (UUID org : orgs) {
			if (invitedOrgs.add(org)) {
				made.add(new Invitation(event.id(), null, org, code, now, actor.username()));
			}
		}
		for (Invitation invitation : made) {
			invitation.link(RegistrationLinks.hash(this.links.token(invitation)));
			this.repository.save(invitation);
		}
		this.repository.flush();
		made.forEach((invitation) -> this.mail.invite(invitation));
		return views(made);
	}

	/** The event's invitations, for who sees its registrants. */
	@Transactional(readOnly = true)
	public List<InvitationView> list(UUID eventId, Actor actor) {
		Event event = this.events.readable(eventId, actor);
		if (!EventPolicy.seesRegistrants(actor, event)) {
			throw new Forbidden();
		}
		return views(this.repository.ofEvent(event.id()));
	}

	/** The invitation behind a link, as its holder sees it. */
	@Transactional(readOnly = true)
	public OwnInvitation own(String token) {
		Invitation invitation = byToken(token);
		Event event = this.eventRepository.findById(invitation.eventId()).orElseThrow(NotFound::new);
		String personName = null;
		String email = null;
		if (invitation.personId() != null) {
			People.Contact contact = this.people.contacts(List.of(invitation.personId())).get(invitation.personId());
			personName = (contact != null) ? contact.name() : null;
			email = (contact != null) ? contact.email() : null;
		}
		String organizationName = (invitation.organizationId() != null)
				? this.organizations.names(List.of(invitation.organizationId())).get(invitation.organizationId())
				: null;
		boolean open = event.takesRegistrations(now()) && !taken(invitation);
		return new OwnInvitation(invitation.publicId(), this.events.details(event, Actor.ANONYMOUS), personName, email,
				organizationName, invitation.organizationId(), invitation.status(), open);
	}

	/**
	 * Registers through the invitation: a person's invitation once (with their own
	 * record), an organization's for each of its people, the organization named on each.
	 */
	@Transactional
	public Registered accept(String token, RegistrationDraft draft, Locale locale) {
		Invitation invitation = byToken(token);
		Event event = this.eventRepository.findById(invitation.eventId()).orElseThrow(NotFound::new);
		// under the event's lock, as the registration itself: two at once through one
		// invitation are decided one after the other, on the invitation as it is now
		this.places.lock(event);
		this.entityManager.refresh(invitation);
		if (taken(invitation)) {
			throw InvalidInput.of("email", "events.invitations.taken");
		}
		RegistrationDraft through = (invitation.organizationId() != null)
				? draft.atOrganization(invitation.organizationId(),
						this.organizations.names(List.of(invitation.organizationId())).get(invitation.organizationId()))
				: draft;
		Registered registered = this.registrations.register(event, through, RegistrationSource.INVITATION, "invitation",
				invitation, locale);
		if (invitation.status() != InvitationStatus.ACCEPTED) {
			invitation.accept(now());
		}
		return registered;
	}

	/** A person says they cannot come; an organization's link speaks for no one. */
	@Transactional
	public OwnInvitation decline(String token) {
		Invitation invitation = byToken(token);
		if (invitation.organizationId() != null) {
			throw new Forbidden();
		}
		if (invitation.status() == InvitationStatus.INVITED) {
			invitation.decline(now());
		}
		return own(token);
	}

	/** The invitation's mail again, to whom it went (a lost mail, a changed address). */
	@Transactional
	public void resend(UUID eventId, UUID invitationId, Actor actor) {
		this.mail.inviteAgain(invitationOf(eventId, invitationId, actor));
	}

	/**
	 * The invitation withdrawn: its link leads nowhere (a forwarded organization's link,
	 * say); who registered through it stays registered.
	 */
	@Transactional
	public void withdraw(UUID eventId, UUID invitationId, Actor actor) {
		this.repository.delete(invitationOf(eventId, invitationId, actor));
	}

	private Invitation invitationOf(UUID eventId, UUID invitationId, Actor actor) {
		Event event = this.events.readable(eventId, actor);
		if (!EventPolicy.seesRegistrants(actor, event)) {
			throw new Forbidden();
		}
		return this.repository.findByPublicId(invitationId)
			.filter((invitation) -> invitation.eventId().equals(event.id()))
			.orElseThrow(NotFound::new);
	}

	/**
	 * A person's invitation is taken while a registration through it stands; a cancelled
	 * one leaves it open again. An organization's is never taken.
	 */
	private boolean taken(Invitation invitation) {
		return invitation.personId() != null && this.registrationRepository
			.existsByInvitationIdAndStatusNot(invitation.id(), RegistrationStatus.CANCELLED);
	}

	@Override
	public String section() {
		return "invitations";
	}

	@Override
	public Object export(UUID personId) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Invitation invitation : this.repository.findByPersonId(personId)) {
			Map<String, Object> item = new java.util.LinkedHashMap<>();
			Event event = this.eventRepository.findById(invitation.eventId()).orElse(null);
			item.put("event", (event != null) ? event.title() : null);
			item.put("eventId", (event != null) ? event.publicId() : null);
			item.put("status", invitation.status());
			item.put("invitedAt", invitation.invitedAt());
			item.put("respondedAt", invitation.respondedAt());
			list.add(item);
		}
		return list;
	}

	/** An invitation names the person it went to: it goes. */
	@Override
	@Transactional
	public void erase(UUID personId) {
		this.repository.deleteAll(this.repository.findByPersonId(personId));
	}

	private Invitation byToken(String token) {
		if (token == null || token.length() > 100) {
			throw new NotFound();
		}
		return this.repository.findByTokenHash(RegistrationLinks.hash(token)).orElseThrow(NotFound::new);
	}

	private List<InvitationView> views(List<Invitation> invitations) {
		if (invitations.isEmpty()) {
			return List.of();
		}
		List<UUID> persons = invitations.stream().map(Invitation::personId).filter((id) -> id != null).toList();
		List<UUID> orgs = invitations.stream().map(Invitation::organizationId).filter((id) -> id != null).toList();
		Map<UUID, People.Contact> contacts = this.people.contacts(persons);
		Map<UUID, String> orgNames = this.organizations.names(orgs);
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : this.registrationRepository.countByInvitation(invitations.get(0).eventId())) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return invitations.stream().map((i) -> {
			String name = (i.personId() != null)
					? (contacts.containsKey(i.personId()) ? contacts.get(i.personId()).name() : null)
					: orgNames.get(i.organizationId());
			return new InvitationView(i.publicId(), i.personId(), i.organizationId(), name, i.status(),
					counts.getOrDefault(i.id(), 0L), i.invitedAt(), i.invitedBy(), i.respondedAt());
		}).toList();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
