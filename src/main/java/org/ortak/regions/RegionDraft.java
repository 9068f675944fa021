package org.ortak.regions;

import java.util.UUID;

/**
 * What a user asks a region to be: its name, optional code and parent.
 */
public record RegionDraft(String name, String code, UUID parentId) {

	public RegionDraft {
		name = (name != null) ? name.strip() : null;
		code = (code != null && !code.isBlank()) ? code.strip() : null;
	}

}
