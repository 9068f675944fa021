package org.ortak.events;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.ortak.shared.i18n.Dates;

/**
 * A month of the reader's calendar as a grid of weeks: Solar Hijri months for Persian
 * readers (Farvardin to Esfand, weeks from Saturday), Gregorian for the others, each with
 * its locale's first day of the week. The address names the month in the same calendar
 * ({@code month=1404-08} or {@code 2025-11}).
 */
final class MonthCalendar {

	private final ULocale locale;

	private final int year;

	private final int month;

	private MonthCalendar(ULocale locale, int year, int month) {
		this.locale = locale;
		this.year = year;
		this.month = month;
	}

	/**
	 * The month named ({@code yyyy-MM} of the reader's calendar), or the one of today.
	 */
	static MonthCalendar of(String month, LocalDate today, Locale reader) {
		ULocale locale = Dates.calendarLocale(reader);
		Calendar calendar = calendar(locale);
		calendar.setTime(noon(today));
		int year = calendar.get(Calendar.YEAR);
		int index = calendar.get(Calendar.MONTH);
		if (month != null && month.matches("\\d{4}-\\d{2}")) {
			int named = Integer.parseInt(month.substring(5));
			if (named >= 1 && named <= 12) {
				year = Integer.parseInt(month.substring(0, 4));
				index = named - 1;
			}
		}
		return new MonthCalendar(locale, year, index);
	}

	private static Calendar calendar(ULocale locale) {
		Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, locale);
		calendar.clear();
		return calendar;
	}

	private static Date noon(LocalDate day) {
		return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	private static LocalDate day(Calendar calendar) {
		return calendar.getTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
	}

	private Calendar at(int dayOfMonth) {
		Calendar calendar = calendar(this.locale);
		calendar.set(this.year, this.month, dayOfMonth, 12, 0, 0);
		return calendar;
	}

	LocalDate first() {
		return day(at(1));
	}

	LocalDate last() {
		Calendar calendar = at(1);
		return day(at(calendar.getActualMaximum(Calendar.DAY_OF_MONTH)));
	}

	/**
	 * The month's name and year, as the reader writes them ("Âbân 1404", "listopad
	 * 2025").
	 */
	String title() {
		SimpleDateFormat format = new SimpleDateFormat("LLLL y", this.locale);
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(at(1).getTime());
	}

	String previous() {
		return (this.month == 0) ? key(this.year - 1, 12) : key(this.year, this.month);
	}

	String next() {
		return (this.month == 11) ? key(this.year + 1, 1) : key(this.year, this.month + 2);
	}

	private static String key(int year, int month) {
		return String.format(Locale.ROOT, "%04d-%02d", year, month);
	}

	/** The names of the week's days, from the locale's first, short. */
	List<String> weekdays() {
		Calendar calendar = at(1);
		int first = calendar.getFirstDayOfWeek();
		SimpleDateFormat format = new SimpleDateFormat("EEE", this.locale);
		format.setTimeZone(TimeZone.GMT_ZONE);
		List<String> names = new ArrayList<>();
		while (calendar.get(Calendar.DAY_OF_WEEK) != first) {
			calendar.add(Calendar.DAY_OF_MONTH, 1);
		}
		for (int i = 0; i < 7; i++) {
			names.add(format.format(calendar.getTime()));
			calendar.add(Calendar.DAY_OF_MONTH, 1);
		}
		return names;
	}

	/**
	 * A day of the grid: its date, its number as the reader writes it, whether it is in
	 * the month.
	 */
	record Day(LocalDate date, String number, boolean inMonth, boolean today, List<EventSummary> events) {
	}

	/**
	 * The weeks of the month, days before and after it filled in, each with its events.
	 */
	List<List<Day>> weeks(List<EventSummary> events, LocalDate today) {
		Calendar calendar = at(1);
		int first = calendar.getFirstDayOfWeek();
		while (calendar.get(Calendar.DAY_OF_WEEK) != first) {
			calendar.add(Calendar.DAY_OF_MONTH, -1);
		}
		DateFormat number = new SimpleDateFormat("d", this.locale);
		number.setTimeZone(TimeZone.GMT_ZONE);
		Map<LocalDate, List<EventSummary>> byDay = new LinkedHashMap<>();
		for (EventSummary event : events) {
			for (LocalDate d = event.startsOn(); !d.isAfter(event.endsOn()); d = d.plusDays(1)) {
				byDay.computeIfAbsent(d, (key) -> new ArrayList<>()).add(event);
			}
		}
		LocalDate last = last();
		List<List<Day>> weeks = new ArrayList<>();
		do {
			List<Day> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate date = day(calendar);
				week.add(new Day(date, number.format(calendar.getTime()), calendar.get(Calendar.MONTH) == this.month,
						date.equals(today), byDay.getOrDefault(date, List.of())));
				calendar.add(Calendar.DAY_OF_MONTH, 1);
			}
			weeks.add(week);
		}
		while (!day(calendar).isAfter(last));
		return weeks;
	}

}
