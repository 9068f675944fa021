package org.ortak.shared.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as the reader reads them: in their locale's words and, in Persian, in the Solar
 * Hijri calendar. Templates call it as {@code ${@dates.date(value)}}.
 */
@Component("dates")
public class Dates {

	private final ZoneId zone;

	public Dates(@Value("${ortak.time-zone:#{T(java.time.ZoneId).systemDefault().id}}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public String date(LocalDate date) {
		return (date != null) ? format(date, LocaleContextHolder.getLocale()) : "";
	}

	/** The day of an instant where Ortak is ({@code ortak.time-zone}). */
	public String day(Instant instant) {
		return (instant != null) ? format(instant.atZone(this.zone).toLocalDate(), LocaleContextHolder.getLocale())
				: "";
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT,
				calendarLocale(LocaleContextHolder.getLocale()));
		format.setTimeZone(TimeZone.getTimeZone(this.zone.getId()));
		return format.format(Date.from(instant));
	}

	/**
	 * From when to when, at a place's time zone, as the reader writes a span: "4 November
	 * 2025, 09:30 – 17:00", or both days when it lasts several; the zone is named when it
	 * is not Ortak's own.
	 */
	public String span(Instant start, Instant end, String zone) {
		if (start == null || end == null) {
			return "";
		}
		ULocale locale = calendarLocale(LocaleContextHolder.getLocale());
		DateIntervalFormat format = DateIntervalFormat.getInstance("yMMMMEEEEdHm", locale);
		format.setTimeZone(TimeZone.getTimeZone(zone));
		String span = format.format(new DateInterval(start.toEpochMilli(), end.toEpochMilli()));
		return zone.equals(this.zone.getId()) ? span : span + " (" + zone + ")";
	}

	/** The day of an instant at a place's time zone. */
	public String dayIn(Instant instant, String zone) {
		return (instant != null)
				? format(instant.atZone(ZoneId.of(zone)).toLocalDate(), LocaleContextHolder.getLocale()) : "";
	}

	/** The time of day of an instant at a place's time zone, as the reader writes it. */
	public String timeIn(Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		DateFormat format = DateFormat.getTimeInstance(DateFormat.SHORT,
				calendarLocale(LocaleContextHolder.getLocale()));
		format.setTimeZone(TimeZone.getTimeZone(zone));
		return format.format(Date.from(instant));
	}

	/**
	 * A calendar date in the locale's long form; Persian uses the Solar Hijri calendar.
	 */
	public static String format(LocalDate date, Locale locale) {
		DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, calendarLocale(locale));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	public static ULocale calendarLocale(Locale locale) {
		if ("fa".equals(locale.getLanguage())) {
			return new ULocale("fa_IR@calendar=persian");
		}
		return ULocale.forLocale(locale);
	}

}
