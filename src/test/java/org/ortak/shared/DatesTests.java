package org.ortak.shared;

import java.time.LocalDate;
import java.util.Locale;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import org.ortak.shared.i18n.Dates;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	private static final LocalDate KOCAELI_WORKSHOP = LocalDate.of(2025, 11, 4);

	@Test
	void persianReadersSeeTheSolarHijriCalendar() {
		// 4 November 2025 is 13 Aban 1404
		assertThat(Dates.format(KOCAELI_WORKSHOP, Locale.forLanguageTag("fa"))).isEqualTo("۱۳ آبان ۱۴۰۴");
		Calendar persian = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("fa_IR@calendar=persian"));
		persian.setTimeInMillis(KOCAELI_WORKSHOP.toEpochDay() * 86_400_000L);
		assertThat(persian.get(Calendar.YEAR)).isEqualTo(1404);
		assertThat(persian.get(Calendar.MONTH)).isEqualTo(7); // Aban, the eighth month
		assertThat(persian.get(Calendar.DAY_OF_MONTH)).isEqualTo(13);
	}

	@Test
	void otherReadersSeeTheirOwnWords() {
		assertThat(Dates.format(KOCAELI_WORKSHOP, Locale.forLanguageTag("tr"))).isEqualTo("4 Kasım 2025");
		assertThat(Dates.format(KOCAELI_WORKSHOP, Locale.forLanguageTag("pl"))).isEqualTo("4 listopada 2025");
		assertThat(Dates.format(KOCAELI_WORKSHOP, Locale.ENGLISH)).isEqualTo("November 4, 2025");
		assertThat(Dates.format(LocalDate.of(2024, 12, 22), Locale.forLanguageTag("az"))).contains("2024")
			.contains("dekabr");
	}

}
