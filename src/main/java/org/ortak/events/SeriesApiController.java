package org.ortak.events;

import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.security.Actors;

/**
 * Series of events and their editions, for programs.
 */
@RestController
@RequestMapping("/api/v1/series")
@Tag(name = "Series", description = "Events held in numbered editions, hosted in turn")
class SeriesApiController {

	private final Events events;

	SeriesApiController(Events events) {
		this.events = events;
	}

	/** A series as a client writes it. */
	record SeriesRequest(String name, String description, Long version) {
	}

	@GetMapping
	@Operation(summary = "Every series, by name")
	List<SeriesView> list() {
		return this.events.seriesList(Actors.current());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A series with its editions in order and who hosted each")
	SeriesView get(@PathVariable UUID id) {
		return this.events.series(id, Actors.current());
	}

	@PostMapping
	@Operation(summary = "Start a series (admins, coordinators)")
	ResponseEntity<SeriesView> create(@RequestBody SeriesRequest request) {
		SeriesView created = this.events.createSeries(request.name(), request.description(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/series/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename a series; 409 when the version is stale")
	SeriesView update(@PathVariable UUID id, @RequestBody SeriesRequest request) {
		return this.events.updateSeries(id, request.name(), request.description(), request.version(), Actors.current());
	}

}
