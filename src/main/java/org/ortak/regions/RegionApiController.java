package org.ortak.regions;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.security.Actors;

/**
 * The region hierarchy for programs: read by any client, kept by admins.
 */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Country → province → district hierarchy")
class RegionApiController {

	private final Regions regions;

	RegionApiController(Regions regions) {
		this.regions = regions;
	}

	/** A region as the API writes it; the version goes back with an update. */
	record RegionRequest(String name, String code, UUID parentId, Long version) {

		RegionDraft draft() {
			return new RegionDraft(this.name, this.code, this.parentId);
		}

	}

	@GetMapping
	@Operation(summary = "All regions, depth first, siblings by name")
	List<RegionView> list() {
		return this.regions.tree();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One region")
	RegionView get(@PathVariable UUID id) {
		return this.regions.get(id);
	}

	@PostMapping
	@Operation(summary = "Create a region (admin)")
	ResponseEntity<RegionView> create(@RequestBody RegionRequest request) {
		RegionView created = this.regions.create(request.draft(), Actors.current());
		return ResponseEntity.created(URI.create("/api/v1/regions/" + created.id())).body(created);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a region nothing is placed in (admin); 422 when it is in use")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.regions.delete(id, Actors.current());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename or move a region (admin); 409 when the version is stale")
	RegionView update(@PathVariable UUID id, @RequestBody RegionRequest request) {
		return this.regions.update(id, request.draft(), request.version(), Actors.current());
	}

}
