package org.ortak.regions;

import java.util.UUID;

/**
 * What the region form binds to, through its constructor.
 */
record RegionForm(String name, String code, UUID parentId, Long version) {

	static RegionForm under(UUID parentId) {
		return new RegionForm(null, null, parentId, null);
	}

	static RegionForm of(RegionView region) {
		return new RegionForm(region.name(), region.code(), region.parentId(), region.version());
	}

	RegionDraft draft() {
		return new RegionDraft(this.name, this.code, this.parentId);
	}

}
