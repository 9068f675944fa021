package org.ortak.plans;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/** Plans and their items through the API, under the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans")
class PlanApiController {

	private final Plans plans;

	private final java.time.Clock clock;

	PlanApiController(Plans plans, java.time.Clock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	/** A plan as a client writes it; {@code version} on update. */
	record PlanRequest(String code, Map<String, String> titles, String description, UUID ownerOrganizationId,
			PlanStatus status, LocalDate startsOn, LocalDate endsOn, String adoptedByName, String adoptedByNumber,
			LocalDate adoptedOn, List<String> coordinators, Long version) {

		PlanDraft draft() {
			return new PlanDraft(this.code, this.titles, this.description, this.ownerOrganizationId, this.status,
					this.startsOn, this.endsOn, this.adoptedByName, this.adoptedByNumber, this.adoptedOn,
					this.coordinators);
		}

	}

	/**
	 * A recommendation of an event to adopt: its topic, its place among the topic's
	 * recommendations (from 0), and whether it becomes an action item.
	 */
	record AdoptionRequest(UUID eventId, UUID topicId, Integer position, Boolean withAction) {
	}

	/** An item as a client writes it; {@code version} on update. */
	record ItemRequest(UUID parentId, Integer position, String code, Map<String, String> titles, String description,
			ItemStatus status, Boolean example, LocalDate startsOn, LocalDate endsOn, List<Agency> agencies,
			Long version) {

		ItemDraft draft() {
			return new ItemDraft(this.parentId, this.position, this.code, this.titles, this.description, this.status,
					Boolean.TRUE.equals(this.example), this.startsOn, this.endsOn, this.agencies);
		}

	}

	@GetMapping
	@Operation(summary = "Search plans by code or title in any language (`q`)")
	ResultPage<PlanSummary> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.plans.search(q, page, size, Actors.current());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A plan with its items in tree order and progress rolled up")
	PlanView get(@PathVariable UUID id) {
		return this.plans.get(id, Actors.current());
	}

	@GetMapping("/{id}/report")
	@Operation(summary = "The monitoring report for a period (`period`: a code such as 2025, 2025Q1, 2025-03, "
			+ "SH1404, SH1404Q1; this year in the reader's calendar by default): target against actual at its end, "
			+ "what came in within it, the traffic light and the periods due with no value; as PDF and XLSX at "
			+ "/plans/{id}/report.pdf and .xlsx")
	org.ortak.indicators.MonitoringReport report(@PathVariable UUID id, @RequestParam(required = false) String period,
			java.util.Locale locale) {
		return this.plans.report(id,
				org.ortak.indicators.ReportPeriod.of(period, locale, java.time.LocalDate.now(this.clock)),
				Actors.current());
	}

	@PostMapping
	@Operation(summary = "Make a plan (admins and coordinators)")
	ResponseEntity<PlanView> create(@RequestBody PlanRequest request) {
		PlanView created = this.plans.create(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a plan (admins and its coordinators)")
	PlanView update(@PathVariable UUID id, @RequestBody PlanRequest request) {
		return this.plans.update(id, request.draft(), request.version(), Actors.current());
	}

	@GetMapping("/{id}/items")
	@Operation(summary = "A plan's items in tree order (each after its parent), with their targets and progress")
	List<ItemView> items(@PathVariable UUID id) {
		return this.plans.get(id, Actors.current()).items();
	}

	@GetMapping("/{id}/items/{itemId}")
	@Operation(summary = "An item of a plan")
	ItemView item(@PathVariable UUID id, @PathVariable UUID itemId) {
		return this.plans.item(id, itemId, Actors.current());
	}

	@PostMapping("/{id}/items")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an item: a strategy (no parent), or under an item at most four levels deep")
	ItemView addItem(@PathVariable UUID id, @RequestBody ItemRequest request) {
		return this.plans.addItem(id, request.draft(), Actors.current());
	}

	@PutMapping("/{id}/items/{itemId}")
	@Operation(summary = "Change an item, or move it under another (never under itself or its descendants)")
	ItemView updateItem(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody ItemRequest request) {
		return this.plans.updateItem(id, itemId, request.draft(), request.version(), Actors.current());
	}

	@PostMapping("/{id}/items/{itemId}/adoptions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adopt a recommendation of an event (its topic and its place, from 0) into the item; with an "
			+ "action item of the event owned by the item's lead agency when `withAction`")
	org.ortak.events.AdoptionView adopt(@PathVariable UUID id, @PathVariable UUID itemId,
			@RequestBody AdoptionRequest request) {
		return this.plans.adopt(id, itemId, request.eventId(), request.topicId(), request.position(),
				Boolean.TRUE.equals(request.withAction()), Actors.current());
	}

	/** An action item of an event to link to what it serves. */
	record ActionLinkRequest(UUID actionId) {
	}

	@PostMapping("/{id}/items/{itemId}/actions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Link an action item of an event (its keepers') to the item it serves")
	org.ortak.events.AdoptionView linkAction(@PathVariable UUID id, @PathVariable UUID itemId,
			@RequestBody ActionLinkRequest request) {
		return this.plans.linkAction(id, itemId, request.actionId(), Actors.current());
	}

	@GetMapping("/{id}/items/{itemId}/adoptions")
	@Operation(summary = "Where the recommendations the item took up came from (event, topic, recommendation) and "
			+ "the action items they became")
	List<org.ortak.events.AdoptionView> adoptions(@PathVariable UUID id, @PathVariable UUID itemId) {
		return this.plans.adoptions(id, itemId, Actors.current());
	}

	@DeleteMapping("/{id}/items/{itemId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an item with nothing under it and nothing measuring it")
	void deleteItem(@PathVariable UUID id, @PathVariable UUID itemId) {
		this.plans.deleteItem(id, itemId, Actors.current());
	}

}
