package org.ortak.shared.i18n;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.springframework.format.Formatter;

import org.ortak.shared.Text;

/**
 * Dates typed into forms. Everyone may type an ISO date (what a browser's date picker
 * sends); Persian readers type and read the Solar Hijri calendar, as 1404/08/13 in
 * Persian or Latin digits.
 */
public class CalendarDateFormatter implements Formatter<LocalDate> {

	private static final Pattern DATE = Pattern.compile("(\\d{3,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})");

	/** A Persian reader's year below this is a Solar Hijri year (now about 1404). */
	private static final int FIRST_GREGORIAN_YEAR = 1700;

	private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		Matcher matcher = DATE.matcher(Text.latinDigits(text.strip()));
		if (!matcher.matches()) {
			throw new ParseException(text, 0);
		}
		int year = Integer.parseInt(matcher.group(1));
		int month = Integer.parseInt(matcher.group(2));
		int day = Integer.parseInt(matcher.group(3));
		try {
			if (!persian(locale) || year >= FIRST_GREGORIAN_YEAR) {
				return LocalDate.of(year, month, day);
			}
			Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
			calendar.clear();
			calendar.setLenient(false);
			calendar.set(year, month - 1, day);
			return calendar.getTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		if (!persian(locale)) {
			return date.toString();
		}
		SimpleDateFormat format = new SimpleDateFormat("yyyy/MM/dd", PERSIAN);
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	private static boolean persian(Locale locale) {
		return locale != null && "fa".equals(locale.getLanguage());
	}

}
