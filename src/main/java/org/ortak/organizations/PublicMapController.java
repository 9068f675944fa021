package org.ortak.organizations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.ortak.regions.Regions;

/**
 * The public map's page: the directory's filters in the URL, the view drawn by map.js
 * from the public map API over the configured tiles (or a plain background).
 */
@Controller
class PublicMapController {

	private final Regions regions;

	private final MapSettings settings;

	PublicMapController(Regions regions, @Value("${ortak.map.tile-url:}") String tileUrl,
			@Value("${ortak.map.tile-attribution:}") String tileAttribution,
			@Value("${ortak.map.latitude:45}") double latitude, @Value("${ortak.map.longitude:35}") double longitude,
			@Value("${ortak.map.zoom:4}") int zoom) {
		this.regions = regions;
		this.settings = new MapSettings(tileUrl.strip(), tileAttribution.strip(), latitude, longitude,
				Math.max(MapGrid.MIN_ZOOM, Math.min(MapGrid.MAX_ZOOM, zoom)));
	}

	/** What the page passes to map.js. */
	record MapSettings(String tileUrl, String tileAttribution, double latitude, double longitude, int zoom) {
	}

	@GetMapping("/map")
	String map(@ModelAttribute("query") OrganizationSearchForm search, Model model) {
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("statuses", OrganizationStatus.values());
		model.addAttribute("sectorChoices", Sector.values());
		model.addAttribute("regionChoices", this.regions.shortList(search.region()));
		model.addAttribute("settings", this.settings);
		return "organizations/map";
	}

}
