package org.ortak.events;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.people.Gender;
import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/**
 * Events for programs: anyone reads public events; planning, registrations and their
 * personal data follow the same rules as the pages.
 */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Workshops, meetings, seminars: plan, registrations, calendar")
class EventApiController {

	private final Events events;

	private final Registrations registrations;

	private final Adoptions adoptions;

	EventApiController(Events events, Registrations registrations, Adoptions adoptions) {
		this.adoptions = adoptions;
		this.events = events;
		this.registrations = registrations;
	}

	/** A registration a coordinator makes for someone who agreed to it. */
	record RegistrationRequest(String name, Gender gender, String email, String phone, UUID organizationId,
			String organizationName, String function, Set<Need> needs, String needsNote, Boolean consent,
			RegistrationSource source) {

		RegistrationDraft draft() {
			return new RegistrationDraft(this.name, this.gender, this.email, this.phone, this.organizationId,
					this.organizationName, this.function, this.needs, this.needsNote,
					Boolean.TRUE.equals(this.consent));
		}

	}

	/** The version a client saw. */
	record VersionRequest(Long version) {
	}

	@GetMapping
	@Operation(summary = "Search events",
			description = "Anyone: public events; signed in, also the internal ones the caller works on. q: words of "
					+ "titles, venue, series, organizations (folded); region includes its sub-regions; from, to: "
					+ "days at the venue (yyyy-MM-dd), events that overlap them; past=true: latest first.")
	ResultPage<EventSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) EventKind kind, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) UUID series, @RequestParam(required = false) UUID organizer,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "false") boolean past, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + EventQuery.DEFAULT_SIZE) int size) {
		return this.events.search(new EventQuery(q, kind, region, series, organizer, from, to, past, page, size),
				Actors.current());
	}

	@GetMapping("/{id}/adoptions")
	@Operation(summary = "What became of the event's recommendations: the plan items and projects that adopted them "
			+ "and the action items they became")
	java.util.List<AdoptionView> adoptions(@PathVariable UUID id) {
		return this.adoptions.ofEvent(id, Actors.current());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One event, with its organizations, series and the events it prepares or is prepared by")
	EventDetails get(@PathVariable UUID id) {
		return this.events.get(id, Actors.current());
	}

	@PostMapping
	@Operation(summary = "Plan an event (admins, coordinators; an organization's managers for what it organizes)")
	ResponseEntity<EventDetails> create(@RequestBody EventRequest request) {
		EventDetails created = this.events.create(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/events/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an event; 409 when the version is stale")
	EventDetails update(@PathVariable UUID id, @RequestBody EventRequest request) {
		return this.events.update(id, request.draft(), request.version(), Actors.current());
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel an event; it stays in the calendar as cancelled")
	EventDetails cancel(@PathVariable UUID id, @RequestBody(required = false) VersionRequest request) {
		return this.events.cancel(id, (request != null) ? request.version() : null, Actors.current());
	}

	@GetMapping("/{id}/next-edition")
	@Operation(summary = "A draft of the next edition (or a copy): the same texts, venue and organizations, "
			+ "the next number, the dates to set; POST it back with them")
	EventRequest nextEdition(@PathVariable UUID id) {
		EventDraft draft = this.events.nextEdition(id, Actors.current());
		return new EventRequest(draft.kind(), draft.titles(), draft.descriptions(), null, null,
				(draft.timeZone() != null) ? draft.timeZone().getId() : null, draft.venueId(), draft.regionId(),
				draft.visibility(), draft.format(), draft.meetingLink(), draft.capacity(), draft.registrationOpen(),
				draft.seriesId(), draft.edition(), null, draft.organizations(), draft.coordinators(), null);
	}

	@GetMapping("/{id}/registrations")
	@Operation(summary = "The event's registrations (admins and the event's coordinators): confirmed first, "
			+ "then the waiting line in order, then the cancelled")
	ResultPage<RegistrationView> registrations(@PathVariable UUID id,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.registrations.list(id, status, page, size, Actors.current());
	}

	@PostMapping("/{id}/registrations")
	@Operation(summary = "Register someone (the event's coordinators), with their consent: a place while there "
			+ "is one, the waiting line after; source COORDINATOR (default), INVITATION or WALK_IN (checked in)")
	ResponseEntity<Registered> register(@PathVariable UUID id, @RequestBody RegistrationRequest request) {
		RegistrationSource source = (request.source() == null || request.source() == RegistrationSource.FORM)
				? RegistrationSource.COORDINATOR : request.source();
		Locale locale = LocaleContextHolder.getLocale();
		Registered registered = this.registrations.register(id, request.draft(), source, Actors.current(), locale);
		return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/registrations/" + registered.id()))
			.body(registered);
	}

	/** Present or not. */
	record CheckInRequest(Boolean present) {
	}

	@PostMapping("/{id}/registrations/{registrationId}/check-in")
	@Operation(summary = "Check a registrant in at the door ({\"present\": true}, the default) or undo it; a "
			+ "waiting registrant who came takes a place")
	RegistrationView checkIn(@PathVariable UUID id, @PathVariable UUID registrationId,
			@RequestBody(required = false) CheckInRequest request) {
		return this.registrations.checkIn(id, registrationId,
				request == null || request.present() == null || request.present(), Actors.current());
	}

	@GetMapping("/{id}/attendance")
	@Operation(summary = "Who came, counted by gender and by kind of organization (the event's keepers)")
	Attendance attendance(@PathVariable UUID id) {
		return this.registrations.attendance(id, Actors.current());
	}

	@DeleteMapping("/{id}/registrations/{registrationId}")
	@Operation(summary = "Cancel a registration (the event's coordinators); the waiting line moves up")
	ResponseEntity<Void> cancelRegistration(@PathVariable UUID id, @PathVariable UUID registrationId) {
		this.registrations.cancel(id, registrationId, Actors.current());
		return ResponseEntity.noContent().build();
	}

}
