package org.ortak.indicators;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * Indicators, their targets and values through the API, under the same rules as the
 * pages; values are entered in bulk.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators")
class IndicatorApiController {

	private final Indicators indicators;

	private final Targets targets;

	IndicatorApiController(Indicators indicators, Targets targets) {
		this.indicators = indicators;
		this.targets = targets;
	}

	/** An indicator as a client writes it; {@code version} on update. */
	record IndicatorRequest(String code, Map<String, String> names, String description, String unit,
			ValueType valueType, Aggregation aggregation, Set<Dimension> dimensions, IndicatorSource source,
			Long version) {

		IndicatorDraft draft() {
			return new IndicatorDraft(this.code, this.names, this.description, this.unit, this.valueType,
					this.aggregation, this.dimensions, this.source);
		}

	}

	/**
	 * A target as a client writes it: what it measures on creation; {@code version} on
	 * update.
	 */
	record TargetRequest(SubjectKind subjectKind, UUID subjectId, UUID organizationId, BigDecimal baselineValue,
			LocalDate baselineOn, BigDecimal targetValue, LocalDate targetOn, Frequency frequency,
			PeriodCalendar calendar, Long version) {

		TargetDraft draft() {
			return new TargetDraft(this.organizationId, this.baselineValue, this.baselineOn, this.targetValue,
					this.targetOn, this.frequency, this.calendar);
		}

	}

	/** A value for a period of a target, in a bulk entry. */
	record ValueRequest(UUID target, String period, BigDecimal amount, List<ValuePart> parts, String comment,
			String evidence) {
	}

	/** Values entered at once: all are taken, or none. */
	record BulkRequest(List<ValueRequest> entries) {
	}

	/** A reviewer's decision on a submitted value; a note is required to return it. */
	record ReviewRequest(Targets.Decision decision, String note, Long version) {
	}

	@GetMapping
	@Operation(summary = "Search indicators by code or name in any language (`q`)")
	ResultPage<IndicatorSummary> search(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.indicators.search(q, page, size);
	}

	@GetMapping("/late")
	@Operation(summary = "The late targets the reader may see across plans and projects: a period due has no value")
	List<TargetStatus> late() {
		return this.targets.late(Actors.current()).stream().map(Targets.TargetView::status).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "An indicator's definition")
	IndicatorView get(@PathVariable UUID id) {
		return this.indicators.get(id, Actors.current());
	}

	@PostMapping
	@Operation(summary = "Define an indicator (admins and coordinators)")
	ResponseEntity<IndicatorView> create(@RequestBody IndicatorRequest request) {
		IndicatorView created = this.indicators.create(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an indicator's definition (its kind of value and aggregation stay once targeted)")
	IndicatorView update(@PathVariable UUID id, @RequestBody IndicatorRequest request) {
		return this.indicators.update(id, request.draft(), request.version(), Actors.current());
	}

	@GetMapping("/{id}/targets")
	@Operation(summary = "The indicator's targets the reader may see, with actual figures, lights and lateness")
	List<TargetStatus> targets(@PathVariable UUID id) {
		return this.targets.ofIndicator(id, Actors.current());
	}

	@PostMapping("/{id}/targets")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach the indicator to what it measures, with baseline, target and target date "
			+ "(whoever keeps that)")
	TargetStatus attach(@PathVariable UUID id, @RequestBody TargetRequest request) {
		return this.targets.attach(id, request.subjectKind(), request.subjectId(), request.draft(), Actors.current());
	}

	@GetMapping("/{id}/targets/{targetId}")
	@Operation(summary = "A target with its values (all revisions) and the periods due with none")
	Targets.TargetView target(@PathVariable UUID id, @PathVariable UUID targetId) {
		return this.targets.get(id, targetId, Actors.current());
	}

	@PutMapping("/{id}/targets/{targetId}")
	@Operation(summary = "Change a target")
	TargetStatus updateTarget(@PathVariable UUID id, @PathVariable UUID targetId, @RequestBody TargetRequest request) {
		return this.targets.update(id, targetId, request.draft(), request.version(), Actors.current());
	}

	@DeleteMapping("/{id}/targets/{targetId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a target and its values")
	void deleteTarget(@PathVariable UUID id, @PathVariable UUID targetId) {
		this.targets.delete(id, targetId, Actors.current());
	}

	@GetMapping("/{id}/values")
	@Operation(summary = "Values of the indicator's targets, of a `target` and a `period` (2025Q1, 2025-03, "
			+ "2025, SH1404Q1…) when given, latest period first")
	ResultPage<ValueView> values(@PathVariable UUID id, @RequestParam(required = false) UUID target,
			@RequestParam(required = false) String period, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.targets.values(id, target, period, page, size, Actors.current());
	}

	@PostMapping("/{id}/values")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Submit values for periods of the indicator's targets, one or many at once "
			+ "(the targets' organizations and keepers): all are taken, or none")
	List<ValueView> submit(@PathVariable UUID id, @RequestBody BulkRequest request) {
		List<Targets.Entry> entries = (request.entries() != null) ? request.entries()
			.stream()
			.map((e) -> (e != null) ? new Targets.Entry(e.target(), e.period(),
					new ValueEntry(e.amount(), e.parts(), e.comment(), e.evidence())) : null)
			.toList() : null;
		return this.targets.submitAll(id, entries, Actors.current());
	}

	@PostMapping("/{id}/values/{valueId}/review")
	@Operation(summary = "Approve a submitted value, or return it with a note (whoever keeps what it measures)")
	ValueView review(@PathVariable UUID id, @PathVariable UUID valueId, @RequestBody ReviewRequest request) {
		return this.targets.review(id, valueId, request.decision(), request.note(), request.version(),
				Actors.current());
	}

}
