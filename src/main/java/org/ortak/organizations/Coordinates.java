package org.ortak.organizations;

import jakarta.persistence.Embeddable;

/**
 * A point on the map in WGS 84 degrees.
 */
@Embeddable
public record Coordinates(Double latitude, Double longitude) {

	public Coordinates {
		if ((latitude == null) != (longitude == null)) {
			throw new IllegalArgumentException("Latitude and longitude come together");
		}
		if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
			throw new IllegalArgumentException("Coordinates out of range");
		}
	}

}
