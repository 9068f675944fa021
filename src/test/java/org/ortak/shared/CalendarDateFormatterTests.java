package org.ortak.shared;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.ortak.shared.i18n.CalendarDateFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarDateFormatterTests {

	private static final Locale PERSIAN = Locale.forLanguageTag("fa");

	private static final LocalDate KOCAELI_WORKSHOP = LocalDate.of(2025, 11, 4);

	private final CalendarDateFormatter formatter = new CalendarDateFormatter();

	@Test
	void persianReadersTypeSolarHijriDatesInEitherDigits() throws ParseException {
		assertThat(this.formatter.parse("1404/08/13", PERSIAN)).isEqualTo(KOCAELI_WORKSHOP);
		assertThat(this.formatter.parse("۱۴۰۴/۰۸/۱۳", PERSIAN)).isEqualTo(KOCAELI_WORKSHOP);
		assertThat(this.formatter.parse("1392-1-1", PERSIAN)).isEqualTo(LocalDate.of(2013, 3, 21));
		assertThat(this.formatter.print(KOCAELI_WORKSHOP, PERSIAN)).isEqualTo("۱۴۰۴/۰۸/۱۳");
	}

	@Test
	void aGregorianDateStaysGregorianInEveryLanguage() throws ParseException {
		assertThat(this.formatter.parse("2025-11-04", PERSIAN)).isEqualTo(KOCAELI_WORKSHOP);
		assertThat(this.formatter.parse("2025-11-04", Locale.forLanguageTag("tr"))).isEqualTo(KOCAELI_WORKSHOP);
		assertThat(this.formatter.print(KOCAELI_WORKSHOP, Locale.forLanguageTag("pl"))).isEqualTo("2025-11-04");
	}

	@Test
	void impossibleDatesAreRefused() {
		assertThatThrownBy(() -> this.formatter.parse("1404/13/40", PERSIAN)).isInstanceOf(ParseException.class);
		assertThatThrownBy(() -> this.formatter.parse("2025-02-30", Locale.ENGLISH)).isInstanceOf(ParseException.class);
		assertThatThrownBy(() -> this.formatter.parse("yesterday", Locale.ENGLISH)).isInstanceOf(ParseException.class);
	}

}
