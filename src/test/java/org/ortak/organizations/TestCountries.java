package org.ortak.organizations;

import java.util.Map;
import java.util.UUID;

import org.ortak.TestActors;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;

/**
 * A region of its own inside the country of an ISO code, for tests of what a country's
 * law decides (sub-kinds, identifiers). A country's ISO code is unique, so tests share
 * the country (the demo data's, or one made here) and keep apart by their region.
 */
public final class TestCountries {

	private TestCountries() {
	}

	public static RegionView regionIn(Regions regions, String iso) {
		RegionView country = regions.tree()
			.stream()
			.filter((region) -> region.depth() == 0 && iso.equals(region.isoCode()))
			.findFirst()
			.orElseGet(() -> regions.create(
					new RegionDraft(iso + " " + UUID.randomUUID(), Map.of(), null, iso, null, null),
					TestActors.admin()));
		return regions.create(new RegionDraft(iso + " test region " + UUID.randomUUID(), null, country.id()),
				TestActors.admin());
	}

}
