package org.ortak.indicators;

/** How often a target is reported: each month, quarter or year of its calendar. */
public enum Frequency {

	MONTH(12), QUARTER(4), YEAR(1);

	private final int perYear;

	Frequency(int perYear) {
		this.perYear = perYear;
	}

	int perYear() {
		return this.perYear;
	}

	/** How many months one period lasts. */
	int months() {
		return 12 / this.perYear;
	}

}
