package org.ortak.indicators;

import java.util.List;

/**
 * A way a value is broken down: by gender, by age band, or by region (a region of the
 * register, named by its public id). A value's parts along one dimension add up to its
 * total when it is a number.
 */
public enum Dimension {

	GENDER(List.of("FEMALE", "MALE", "OTHER")), AGE_BAND(List.of("0-14", "15-24", "25-34", "35-44", "45-64", "65+")),
	REGION(List.of());

	private final List<String> categories;

	Dimension(List<String> categories) {
		this.categories = categories;
	}

	/** Its fixed categories; none for regions, which are the register's. */
	public List<String> categories() {
		return this.categories;
	}

}
