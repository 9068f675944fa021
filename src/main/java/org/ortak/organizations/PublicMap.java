package org.ortak.organizations;

import java.util.List;
import java.util.UUID;

/**
 * What the public map shows of a view: how many listed organizations lie in it, and
 * either their points (when few) or clusters, the count of each cell of the grid placed
 * at the mean of its points.
 */
public record PublicMap(int zoom, long total, List<Cluster> clusters, List<Point> points) {

	public record Cluster(double latitude, double longitude, long count) {
	}

	public record Point(UUID id, String name, OrganizationKind kind, double latitude, double longitude) {
	}

}
