package org.ortak.regions;

/**
 * A region, and everything in it, moved under another parent: records that keep a
 * region's path rewrite the old prefix to the new one.
 */
public record RegionMoved(String oldPath, String newPath) {
}
