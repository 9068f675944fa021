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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.security.Actors;

/**
 * Venues for programs.
 */
@RestController
@RequestMapping("/api/v1/venues")
@Tag(name = "Venues", description = "Places where events are held")
class VenueApiController {

	private final Events events;

	VenueApiController(Events events) {
		this.events = events;
	}

	/** A venue as a client writes it. */
	record VenueRequest(String name, String address, UUID regionId, Double latitude, Double longitude,
			UUID organizationId, String timeZone, Long version) {

		VenueDraft draft() {
			return new VenueDraft(this.name, this.address, this.regionId, this.latitude, this.longitude,
					this.organizationId, EventRequest.zone(this.timeZone));
		}

	}

	@GetMapping
	@Operation(summary = "Venues whose name holds the words (folded), by name")
	List<VenueView> search(@RequestParam(required = false) String q) {
		return this.events.venues(q, 50);
	}

	@GetMapping("/{id}")
	VenueView get(@PathVariable UUID id) {
		return this.events.venue(id);
	}

	@PostMapping
	@Operation(summary = "Add a venue (who plans events)")
	ResponseEntity<VenueView> create(@RequestBody VenueRequest request) {
		VenueView created = this.events.createVenue(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/venues/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a venue; 409 when the version is stale")
	VenueView update(@PathVariable UUID id, @RequestBody VenueRequest request) {
		return this.events.updateVenue(id, request.draft(), request.version(), Actors.current());
	}

}
