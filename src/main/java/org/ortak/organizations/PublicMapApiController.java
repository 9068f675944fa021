package org.ortak.organizations;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public map for programs and for the map page: the listed organizations of a view,
 * as clusters or, when few, as points.
 */
@RestController
@RequestMapping("/api/v1/public/map")
@Tag(name = "Public directory")
class PublicMapApiController {

	private final PublicDirectory directory;

	PublicMapApiController(PublicDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "The public map of a view",
			description = "The listed organizations inside the box at the zoom, with the directory's filters: "
					+ "their points when there are at most " + MapSearch.POINTS + " (points), otherwise "
					+ "the count of each cell of a grid of about 64 pixels, placed at the mean of its points "
					+ "(clusters). Places are as precise as each organization chose; those that show only "
					+ "their region are counted on no map.")
	PublicMap map(
			@Parameter(description = "west,south,east,north in degrees (WGS 84), e.g. 25.6,35.8,44.8,42.1",
					required = true) @RequestParam(required = false) String bbox,
			@Parameter(description = "the map's zoom, " + MapGrid.MIN_ZOOM + " to " + MapGrid.MAX_ZOOM,
					required = true) @RequestParam(required = false) Integer zoom,
			@RequestParam(required = false) String q, @RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) Sector sector) {
		return this.directory.map(new OrganizationQuery(q, kind, status, region, sector, false, 0, 1, null), bbox,
				zoom);
	}

}
