package org.ortak.regions;

/**
 * The three levels of the hierarchy, each the child of the one before.
 */
public enum RegionLevel {

	COUNTRY, PROVINCE, DISTRICT;

	RegionLevel child() {
		return (this == DISTRICT) ? null : values()[ordinal() + 1];
	}

}
