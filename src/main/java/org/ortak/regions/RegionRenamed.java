package org.ortak.regions;

/**
 * A region's names changed, or those of the regions around it (it moved): records that
 * keep the names of the places they lie in, for search, take the new ones for everything
 * in the region with this path. Published inside the change's transaction.
 */
public record RegionRenamed(String path) {
}
