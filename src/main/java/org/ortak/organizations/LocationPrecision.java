package org.ortak.organizations;

/**
 * How precisely the public directory, its map and its downloads show where an
 * organization is: a home-based cooperative's address is someone's home.
 */
public enum LocationPrecision {

	/** The address and the point as registered. */
	EXACT,

	/**
	 * The street without house numbers, and the point to about a hundred metres.
	 */
	STREET,

	/** Only the region it lies in: no address, no point. */
	DISTRICT;

	/** About a hundred metres: three decimals of a degree of latitude. */
	private static final double STREET_GRID = 1000;

	/** The point shown publicly, or null when none is. */
	Coordinates shown(Coordinates point) {
		if (point == null || point.latitude() == null) {
			return null;
		}
		return switch (this) {
			case EXACT -> point;
			case STREET -> new Coordinates(rounded(point.latitude()), rounded(point.longitude()));
			case DISTRICT -> null;
		};
	}

	private static double rounded(double degrees) {
		return Math.round(degrees * STREET_GRID) / STREET_GRID;
	}

}
