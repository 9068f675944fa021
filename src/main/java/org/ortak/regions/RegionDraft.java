package org.ortak.regions;

import java.util.UUID;

import org.ortak.shared.Text;

/**
 * What a user asks a region to be: its name, optional code and parent.
 */
public record RegionDraft(String name, String code, UUID parentId) {

	public RegionDraft {
		name = Text.clean(name);
		code = Text.clean(code);
	}

}
