package org.ortak.regions;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.history.HistoryPage;
import org.ortak.shared.security.Actors;

/**
 * A region's history of changes for programs.
 */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions")
class RegionHistoryApiController {

	private final Regions regions;

	RegionHistoryApiController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change of a region's name, code or parent, newest first",
			description = "One item per revision: when, by whom, through what, and each changed field "
					+ "(name, code, level, parentId) from → to; names holds the labels of the parents that appear.")
	HistoryPage history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.regions.history(id, Actors.current(), page, size);
	}

}
