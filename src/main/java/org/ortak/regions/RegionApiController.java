package org.ortak.regions;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actors;

/**
 * The region hierarchy for programs: read by any client, kept by admins.
 */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "The hierarchy of places, country down, at any depth, named in every language")
class RegionApiController {

	private final Regions regions;

	RegionApiController(Regions regions) {
		this.regions = regions;
	}

	/**
	 * A region as the API writes it: names by language code ({@code "pl": "Turcja"}), the
	 * level (left out: the usual one at its place); the version goes back with an update.
	 */
	record RegionRequest(String name, Map<String, String> names, RegionLevel level, String isoCode, String nationalCode,
			UUID parentId, Long version) {

		RegionDraft draft() {
			Map<Language, String> byLanguage = new EnumMap<>(Language.class);
			Violations unknown = new Violations();
			if (this.names != null) {
				this.names.forEach((code, name) -> Arrays.stream(Language.values())
					.filter((language) -> language.code().equals(code))
					.findFirst()
					.ifPresentOrElse((language) -> byLanguage.put(language, name),
							() -> unknown.add("names." + code, "regions.error.unknownLanguage")));
			}
			unknown.throwIfAny();
			return new RegionDraft(this.name, byLanguage, this.level, this.isoCode, this.nationalCode, this.parentId);
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
