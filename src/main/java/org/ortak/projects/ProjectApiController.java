package org.ortak.projects;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actors;

/** Projects through the API, under the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects")
class ProjectApiController {

	private final Projects projects;

	private final java.time.Clock clock;

	ProjectApiController(Projects projects, java.time.Clock clock) {
		this.projects = projects;
		this.clock = clock;
	}

	/**
	 * A project as a client writes it; {@code version} on update. The budget is a JSON
	 * number read as an exact decimal (never a float), in an ISO 4217 currency.
	 */
	record ProjectRequest(String code, Map<String, String> titles, String description, String objectives,
			ProjectStatus status, LocalDate startsOn, LocalDate endsOn, UUID implementerId, Funding funding,
			UUID planItemId, UUID networkId, List<Partner> partners, List<UUID> regions, List<TargetGroup> groups,
			List<UUID> events, List<String> coordinators, Long version) {

		ProjectDraft draft() {
			return new ProjectDraft(this.code, this.titles, this.description, this.objectives, this.status,
					this.startsOn, this.endsOn, this.implementerId, this.funding, this.planItemId, this.networkId,
					this.partners, this.regions, this.groups, this.events, this.coordinators);
		}

	}

	@GetMapping
	@Operation(summary = "Search projects by code or title in any language (`q`), by target region (`region`: "
			+ "aimed at it, inside it or at a region it lies in) and by organization (`organization`: "
			+ "implementer, partner or funder)")
	ResultPage<ProjectSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) UUID region, @RequestParam(required = false) UUID organization,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.projects.search(q, region, organization, page, size, Actors.current());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A project with its activities planned and held, its participants counted once and its "
			+ "expected results")
	ProjectView get(@PathVariable UUID id) {
		return this.projects.get(id, Actors.current());
	}

	@GetMapping("/{id}/report")
	@Operation(summary = "The monitoring report for a period (`period`: a code such as 2025, 2025Q1, 2025-03, "
			+ "SH1404, SH1404Q1; this year in the reader's calendar by default): target against actual at its end, "
			+ "what came in within it, the traffic light and the periods due with no value; as PDF and XLSX at "
			+ "/projects/{id}/report.pdf and .xlsx")
	org.ortak.indicators.MonitoringReport report(@PathVariable UUID id, @RequestParam(required = false) String period,
			java.util.Locale locale) {
		return this.projects.report(id,
				org.ortak.indicators.ReportPeriod.of(period, locale, java.time.LocalDate.now(this.clock)),
				Actors.current());
	}

	/**
	 * A recommendation of an event to adopt: its topic, its place among the topic's
	 * recommendations (from 0), and whether it becomes an action item.
	 */
	record AdoptionRequest(UUID eventId, UUID topicId, Integer position, Boolean withAction) {
	}

	@PostMapping("/{id}/adoptions")
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
	@Operation(summary = "Adopt a recommendation of an event (its topic and its place, from 0) into the project; with "
			+ "an action item of the event owned by its implementer when `withAction`")
	org.ortak.events.AdoptionView adopt(@PathVariable UUID id, @RequestBody AdoptionRequest request) {
		return this.projects.adopt(id, request.eventId(), request.topicId(), request.position(),
				Boolean.TRUE.equals(request.withAction()), Actors.current());
	}

	/** An action item of an event to link to what it serves. */
	record ActionLinkRequest(UUID actionId) {
	}

	@PostMapping("/{id}/actions")
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
	@Operation(summary = "Link an action item of an event (its keepers') to the project it serves")
	org.ortak.events.AdoptionView linkAction(@PathVariable UUID id, @RequestBody ActionLinkRequest request) {
		return this.projects.linkAction(id, request.actionId(), Actors.current());
	}

	@GetMapping("/{id}/adoptions")
	@Operation(summary = "Where the recommendations the project took up came from, and the action items they became")
	List<org.ortak.events.AdoptionView> adoptions(@PathVariable UUID id) {
		return this.projects.adoptions(id, Actors.current());
	}

	@GetMapping("/{id}/contributions")
	@Operation(summary = "The contributions made to the project in the ledger of the network it is a joint "
			+ "project of, with their totals (lines for the coordinators only to the network's keepers and the "
			+ "contributor's managers); 404 when it is no network's")
	org.ortak.networks.Contributions.Ledger contributions(@PathVariable UUID id) {
		return this.projects.contributions(id, Actors.current()).orElseThrow(org.ortak.shared.NotFound::new);
	}

	@PostMapping
	@Operation(summary = "Make a project (admins and coordinators)")
	ResponseEntity<ProjectView> create(@RequestBody ProjectRequest request) {
		ProjectView created = this.projects.create(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a project (admins and its coordinators)")
	ProjectView update(@PathVariable UUID id, @RequestBody ProjectRequest request) {
		return this.projects.update(id, request.draft(), request.version(), Actors.current());
	}

}
