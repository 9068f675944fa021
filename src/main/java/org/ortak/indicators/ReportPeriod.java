package org.ortak.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ortak.shared.InvalidInput;

/**
 * The period a monitoring report is for: the one its code names, or by default the year
 * of today in the reader's calendar (the Solar Hijri one for Persian readers); and those
 * a report form offers.
 */
public final class ReportPeriod {

	private ReportPeriod() {
	}

	/** A period of the code, or this year; a code that is no period names the field. */
	public static Period of(String code, Locale reader, LocalDate today) {
		if (code == null || code.isBlank()) {
			return Period.containing(today, PeriodCalendar.of(reader), Frequency.YEAR);
		}
		try {
			return Period.parse(code);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("period", "indicators.error.period");
		}
	}

	/** A period on offer: its code and its name in the reader's words. */
	public record Choice(String code, String label) {
	}

	/**
	 * This year and the last two, this quarter and the last three, in the reader's
	 * calendar.
	 */
	public static List<Choice> choices(Locale reader, LocalDate today) {
		List<Choice> choices = new ArrayList<>();
		Period year = Period.containing(today, PeriodCalendar.of(reader), Frequency.YEAR);
		for (int i = 0; i < 3; i++, year = year.previous()) {
			choices.add(new Choice(year.code(), year.label(reader)));
		}
		Period quarter = Period.containing(today, PeriodCalendar.of(reader), Frequency.QUARTER);
		for (int i = 0; i < 4; i++, quarter = quarter.previous()) {
			choices.add(new Choice(quarter.code(), quarter.label(reader)));
		}
		return choices;
	}

}
