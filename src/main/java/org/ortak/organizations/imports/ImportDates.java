package org.ortak.organizations.imports;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ortak.shared.Text;
import org.ortak.shared.i18n.CalendarDateFormatter;

/**
 * Dates as spreadsheets write them: year first (2024-03-15, 2024/03/15, 2024.03.15) or
 * day first (15.03.2024, 15/03/2024, as Polish and Turkish sheets do), with a time after
 * them ignored; in the Solar Hijri calendar when the user says so (1403/01/15).
 */
final class ImportDates {

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[T ].*)?");

	private static final CalendarDateFormatter PERSIAN = new CalendarDateFormatter();

	private static final Locale FA = Locale.forLanguageTag("fa");

	private ImportDates() {
	}

	/** The date, or null when the text is not one. */
	static LocalDate parse(String text, ImportMapping.Calendar calendar) {
		String plain = Text.latinDigits(text.strip());
		int year;
		int month;
		int day;
		Matcher matcher = YEAR_FIRST.matcher(plain);
		if (matcher.matches()) {
			year = Integer.parseInt(matcher.group(1));
			month = Integer.parseInt(matcher.group(2));
			day = Integer.parseInt(matcher.group(3));
		}
		else {
			matcher = DAY_FIRST.matcher(plain);
			if (!matcher.matches()) {
				return null;
			}
			day = Integer.parseInt(matcher.group(1));
			month = Integer.parseInt(matcher.group(2));
			year = Integer.parseInt(matcher.group(3));
		}
		try {
			if (calendar == ImportMapping.Calendar.SOLAR_HIJRI) {
				return PERSIAN.parse(year + "/" + month + "/" + day, FA);
			}
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException | ParseException ex) {
			return null;
		}
	}

}
