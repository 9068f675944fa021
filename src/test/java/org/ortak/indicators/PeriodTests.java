package org.ortak.indicators;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Period arithmetic in the Gregorian and the Solar Hijri calendars. */
class PeriodTests {

	@Test
	void aPersianQuarterIsNotAGregorianOne() {
		Period persian = Period.parse("SH1404Q1");
		assertThat(persian.start()).isEqualTo(LocalDate.of(2025, 3, 21));
		assertThat(persian.end()).isEqualTo(LocalDate.of(2025, 6, 21));
		Period gregorian = Period.parse("2025Q1");
		assertThat(gregorian.start()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(gregorian.end()).isEqualTo(LocalDate.of(2025, 3, 31));
		// the last Persian quarter ends the day before Nowruz
		assertThat(Period.parse("SH1403Q4").end()).isEqualTo(LocalDate.of(2025, 3, 20));
		assertThat(Period.parse("SH1403Q4").next()).isEqualTo(persian);
	}

	@Test
	void theDayFallsInThePeriodOfEachCalendar() {
		LocalDate nowruzEve = LocalDate.of(2025, 3, 20);
		assertThat(Period.containing(nowruzEve, PeriodCalendar.SOLAR_HIJRI, Frequency.YEAR).code()).isEqualTo("SH1403");
		assertThat(Period.containing(nowruzEve.plusDays(1), PeriodCalendar.SOLAR_HIJRI, Frequency.YEAR).code())
			.isEqualTo("SH1404");
		assertThat(Period.containing(nowruzEve, PeriodCalendar.SOLAR_HIJRI, Frequency.MONTH).code())
			.isEqualTo("SH1403-12");
		assertThat(Period.containing(nowruzEve, PeriodCalendar.GREGORIAN, Frequency.QUARTER).code())
			.isEqualTo("2025Q1");
		assertThat(Period.containing(nowruzEve, PeriodCalendar.GREGORIAN, Frequency.MONTH).code()).isEqualTo("2025-03");
		// Esfand of a leap year has 30 days: 1403 is one
		assertThat(Period.parse("SH1403-12").end()).isEqualTo(LocalDate.of(2025, 3, 20));
		assertThat(Period.parse("SH1403-12").start()).isEqualTo(LocalDate.of(2025, 2, 19));
	}

	@Test
	void codesRoundTripAndNothingElseIsAPeriod() {
		for (String code : new String[] { "2025", "2025Q4", "2025-12", "SH1404", "SH1404Q2", "SH1404-07" }) {
			assertThat(Period.parse(code).code()).isEqualTo(code);
		}
		assertThat(Period.parse("۱۴۰۴q1".replace("۱۴۰۴", "SH۱۴۰۴")).code()).isEqualTo("SH1404Q1");
		assertThat(Period.parse("2025-12").next().code()).isEqualTo("2026-01");
		assertThat(Period.parse("2026-01").previous().code()).isEqualTo("2025-12");
		for (String bad : new String[] { "2025Q5", "2025-13", "2025-00", "Q1", "", "SH", "20251", "2999Q4", "9999",
				"SH0999", "1199" }) {
			assertThatThrownBy(() -> Period.parse(bad)).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void eachReaderReadsAPeriodInTheirOwnCalendar() {
		Period persian = Period.parse("SH1404-01");
		assertThat(persian.label(Locale.forLanguageTag("fa"))).contains("فروردین");
		// to a reader of another calendar, the days it spans
		assertThat(persian.label(Locale.ENGLISH)).contains("Mar").contains("Apr").contains("2025");
		assertThat(Period.parse("2025Q1").label(Locale.ENGLISH)).contains("2025").containsIgnoringCase("1st quarter");
	}

}
