package org.ortak.regions;

import java.util.UUID;

/**
 * A region, and everything in it, moved under another parent: records that keep a
 * region's path rewrite the old prefix to the new one. Published inside the move's
 * transaction, so a module whose records cannot follow refuses the move by throwing (an
 * {@link org.ortak.shared.InvalidInput} naming {@code parentId}).
 */
public record RegionMoved(String oldPath, String newPath) {

	/** The country the region is in after the move: the first id on its path. */
	public UUID newCountryId() {
		return UUID.fromString(this.newPath.substring(1, this.newPath.indexOf('/', 1)));
	}

}
