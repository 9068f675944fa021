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
	DISTRICT

}
