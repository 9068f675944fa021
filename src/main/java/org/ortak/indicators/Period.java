package org.ortak.indicators;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.ortak.shared.Text;
import org.ortak.shared.i18n.Dates;

/**
 * A month, quarter or year of the Gregorian or the Solar Hijri calendar: {@code number}
 * is the month (1 to 12) or quarter (1 to 4), 1 for a year. Its code names it in one way
 * for clients and forms: {@code 2025}, {@code 2025Q2}, {@code 2025-04}, and with
 * {@code SH} before the year in the Solar Hijri calendar ({@code SH1404Q1} runs from
 * Farvardin to Khordad 1404, 21 March to 21 June 2025: a Persian quarter is not a
 * Gregorian one).
 */
public record Period(PeriodCalendar calendar, Frequency frequency, int year, int number) {

	private static final int FIRST_YEAR = 1200;

	private static final int LAST_YEAR = 2200;

	private static final Pattern CODE = Pattern.compile("(SH)?(\\d{4})(?:Q([1-4])|-(\\d{2}))?");

	public Period {
		if (year < 1000 || year > 2999 || number < 1 || number > frequency.perYear()) {
			throw new IllegalArgumentException("no such period");
		}
	}

	/** The period a code names; {@link IllegalArgumentException} when it names none. */
	public static Period parse(String code) {
		Matcher matcher = CODE.matcher((code != null) ? Text.latinDigits(code.strip()).toUpperCase(Locale.ROOT) : "");
		if (!matcher.matches()) {
			throw new IllegalArgumentException("no such period");
		}
		PeriodCalendar calendar = (matcher.group(1) != null) ? PeriodCalendar.SOLAR_HIJRI : PeriodCalendar.GREGORIAN;
		int year = Integer.parseInt(matcher.group(2));
		// the years values are given for (targets lie between 1900 and 2100), with room
		// for the next period of the last
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("no such period");
		}
		if (matcher.group(3) != null) {
			return new Period(calendar, Frequency.QUARTER, year, Integer.parseInt(matcher.group(3)));
		}
		if (matcher.group(4) != null) {
			return new Period(calendar, Frequency.MONTH, year, Integer.parseInt(matcher.group(4)));
		}
		return new Period(calendar, Frequency.YEAR, year, 1);
	}

	/** The period of the calendar and frequency a day falls in. */
	public static Period containing(LocalDate day, PeriodCalendar calendar, Frequency frequency) {
		Calendar c = calendar(calendar);
		c.setTime(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
		int year = c.get(Calendar.EXTENDED_YEAR);
		int month = c.get(Calendar.MONTH) + 1;
		return new Period(calendar, frequency, year, (month - 1) / frequency.months() + 1);
	}

	public String code() {
		String prefix = (this.calendar == PeriodCalendar.SOLAR_HIJRI) ? "SH" : "";
		return switch (this.frequency) {
			case YEAR -> prefix + this.year;
			case QUARTER -> prefix + this.year + "Q" + this.number;
			case MONTH -> prefix + this.year + "-" + ((this.number < 10) ? "0" : "") + this.number;
		};
	}

	/** Its first day. */
	public LocalDate start() {
		return day(this.year, (this.number - 1) * this.frequency.months());
	}

	/** Its last day. */
	public LocalDate end() {
		return next().start().minusDays(1);
	}

	public Period next() {
		return (this.number < this.frequency.perYear())
				? new Period(this.calendar, this.frequency, this.year, this.number + 1)
				: new Period(this.calendar, this.frequency, this.year + 1, 1);
	}

	public Period previous() {
		return (this.number > 1) ? new Period(this.calendar, this.frequency, this.year, this.number - 1)
				: new Period(this.calendar, this.frequency, this.year - 1, this.frequency.perYear());
	}

	/**
	 * The period as the reader names it: in their own calendar "Q1 2025" or "فروردین
	 * ۱۴۰۴"; a period of the other calendar as the days it spans, in the reader's
	 * calendar.
	 */
	public String label(Locale reader) {
		ULocale locale = Dates.calendarLocale(reader);
		if (PeriodCalendar.of(reader) != this.calendar) {
			DateIntervalFormat format = DateIntervalFormat.getInstance("yMMMd", locale);
			format.setTimeZone(TimeZone.GMT_ZONE);
			return format.format(new DateInterval(millis(start()), millis(end())));
		}
		String skeleton = switch (this.frequency) {
			case YEAR -> "y";
			case QUARTER -> "yQQQQ";
			case MONTH -> "yMMMM";
		};
		DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(new Date(millis(start())));
	}

	private LocalDate day(int year, int monthIndex) {
		Calendar c = calendar(this.calendar);
		c.clear();
		c.set(Calendar.EXTENDED_YEAR, year);
		c.set(Calendar.MONTH, monthIndex);
		c.set(Calendar.DAY_OF_MONTH, 1);
		return c.getTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
	}

	private static Calendar calendar(PeriodCalendar calendar) {
		Calendar c = (calendar == PeriodCalendar.SOLAR_HIJRI) ? new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT)
				: new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
		if (c instanceof GregorianCalendar gregorian) {
			// the proleptic Gregorian calendar, as java.time counts
			gregorian.setGregorianChange(new Date(Long.MIN_VALUE));
		}
		return c;
	}

	private static long millis(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

}
