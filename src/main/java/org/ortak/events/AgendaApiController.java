package org.ortak.events;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/**
 * An event's agenda, outcomes and action items for programs, and the follow-up board.
 */
@RestController
@Tag(name = "Events")
class AgendaApiController {

	private final Agenda agenda;

	private final ActionItems actions;

	AgendaApiController(Agenda agenda, ActionItems actions) {
		this.agenda = agenda;
		this.actions = actions;
	}

	/** The agenda, whole, and the event's version it was based on. */
	record AgendaRequest(List<AgendaDraft.TopicDraft> topics, List<AgendaDraft.SessionDraft> sessions, Long version) {
	}

	/** What came of the topics, and the event's version. */
	record OutcomesRequest(List<Agenda.Outcome> outcomes, Long version) {
	}

	/** An action item; {@code version} on update. */
	record ActionRequest(String title, UUID topicId, UUID ownerPersonId, UUID ownerOrganizationId,
			java.time.LocalDate dueOn, ActionStatus status, String note, Long version) {

		ActionDraft draft() {
			return new ActionDraft(this.title, this.topicId, this.ownerPersonId, this.ownerOrganizationId, this.dueOn,
					this.status, this.note);
		}

	}

	/** A move on the board. */
	record StatusRequest(ActionStatus status, Long version) {
	}

	@GetMapping("/api/v1/events/{id}/agenda")
	@Operation(summary = "The event's programme: topics with findings and recommendations, sessions with "
			+ "moderators and speakers as they were that day")
	AgendaView agenda(@PathVariable UUID id) {
		return this.agenda.get(id, Actors.current());
	}

	@PutMapping("/api/v1/events/{id}/agenda")
	@Operation(summary = "Write the agenda whole, in order (the event's keepers)",
			description = "A topic with its id keeps what was recorded of it; one left out is removed. A session "
					+ "names its topic by its place in topics (from 0) and people by id. version: the event's; "
					+ "409 when stale; the answer carries the new one.")
	AgendaView saveAgenda(@PathVariable UUID id, @RequestBody AgendaRequest request) {
		return this.agenda.save(id, new AgendaDraft(request.topics(), request.sessions()), request.version(),
				Actors.current());
	}

	@PutMapping("/api/v1/events/{id}/outcomes")
	@Operation(summary = "Record findings and recommendations of topics (the event's keepers); version as for "
			+ "the agenda")
	AgendaView outcomes(@PathVariable UUID id, @RequestBody OutcomesRequest request) {
		return this.agenda.recordOutcomes(id, (request.outcomes() != null) ? request.outcomes() : List.of(),
				request.version(), Actors.current());
	}

	@GetMapping("/api/v1/events/{id}/actions")
	@Operation(summary = "The event's action items (its keepers)")
	List<ActionView> actionsOf(@PathVariable UUID id) {
		return this.actions.ofEvent(id, Actors.current());
	}

	@PostMapping("/api/v1/events/{id}/actions")
	@Operation(summary = "Add an action item: an owner (person or organization) is required")
	ResponseEntity<ActionView> addAction(@PathVariable UUID id, @RequestBody ActionRequest request) {
		ActionView created = this.actions.create(id, request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/actions/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/actions")
	@Operation(summary = "The follow-up board across events (admins, coordinators)",
			description = "The pending first, the overdue first among them, then by due day. status (repeatable), "
					+ "event, owner (a person's or an organization's id) narrow it.")
	ResultPage<ActionView> board(@RequestParam(required = false) Set<ActionStatus> status,
			@RequestParam(required = false) UUID event, @RequestParam(required = false) UUID owner,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.actions.board(status, event, owner, page, size, Actors.current());
	}

	@PutMapping("/api/v1/actions/{id}")
	@Operation(summary = "Update an action item; 409 when the version is stale")
	ActionView updateAction(@PathVariable UUID id, @RequestBody ActionRequest request) {
		return this.actions.update(id, request.draft(), request.version(), Actors.current());
	}

	@PostMapping("/api/v1/actions/{id}/status")
	@Operation(summary = "Move an action item on: OPEN, IN_PROGRESS, DONE, DROPPED")
	ActionView move(@PathVariable UUID id, @RequestBody StatusRequest request) {
		return this.actions.move(id, request.status(), request.version(), Actors.current());
	}

}
