package org.ortak.regions;

import java.util.UUID;

/**
 * A region as other modules, pages and the API see it.
 *
 * @param path the public ids from the country down, as {@code /a/b/c/}
 * @param label the names from the country down, as "Türkiye › Kocaeli › Kartepe"
 */
public record RegionView(UUID id, long version, String name, String code, RegionLevel level, UUID parentId, String path,
		String label, int depth) {

	/** The country this region is in (itself for a country). */
	public UUID countryId() {
		return UUID.fromString(this.path.substring(1, this.path.indexOf('/', 1)));
	}

}
