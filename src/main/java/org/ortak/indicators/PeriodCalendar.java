package org.ortak.indicators;

import java.util.Locale;

/**
 * The calendar periods are counted in: Persian readers count Solar Hijri years, quarters
 * and months (a year starts at Nowruz, about 21 March); everyone else Gregorian ones.
 */
public enum PeriodCalendar {

	GREGORIAN, SOLAR_HIJRI;

	/** The calendar the reader counts in. */
	public static PeriodCalendar of(Locale reader) {
		return (reader != null && "fa".equals(reader.getLanguage())) ? SOLAR_HIJRI : GREGORIAN;
	}

}
