package org.ortak.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.ortak.shared.pdf.PdfPages.Style;

import static org.assertj.core.api.Assertions.assertThat;

class PdfPagesTests {

	private static final Locale PERSIAN = Locale.forLanguageTag("fa");

	@Test
	void persianIsShapedAndReadBackInItsOrderWithItsNumbersAndLatinNames() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PdfPages pages = PdfPages.open(out, PERSIAN, "کارگاه", false, "کارگاه تعاونی‌های زنان")) {
			pages.text("کارگاه تعاونی‌های زنان کوجائلی", Style.TITLE);
			pages.text("۴ نوامبر ۲۰۲۵، مرکز کنگره", Style.BODY);
			pages.text("سخنران: Nagehan Yılmaz از اتاق تجارت", Style.BODY);
			// a paragraph takes its direction from its first letter, as dir="auto" does
			pages.text("Kadın emeğinin kalkınmadaki payını büyütmek.", Style.BODY);
			// brackets paired and mirrored in a right-to-left line
			pages.text("تعاونی‌های زنان (در ۱۲ استان) با همکاری Kocaeli Üniversitesi", Style.BODY);
			pages.table(new float[] { 1, 4, 3 }, List.of("ردیف", "نام", "امضا"),
					List.of(List.of("۱", "لیلا احمدی", ""), List.of("۲", "Ayşe Kaya", "")), 30);
		}
		PdfText pdf = PdfText.of(out.toByteArray());

		assertThat(pdf.text).contains(PdfText.folded("کارگاه تعاونی‌های زنان کوجائلی"))
			.contains(PdfText.folded("۴ نوامبر ۲۰۲۵"))
			.contains("Nagehan Yılmaz")
			.contains(PdfText.folded("لیلا احمدی"))
			.contains("Ayşe Kaya")
			.contains("Kadın emeğinin kalkınmadaki payını büyütmek.")
			.contains(PdfText.folded("(در ۱۲ استان) با همکاری"));
	}

	@Test
	void longTextBreaksIntoLinesThatKeepTheirWordsInOrder() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> words = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			words.add("Kooperatif" + i);
		}
		try (PdfPages pages = PdfPages.open(out, Locale.forLanguageTag("tr"), "Çalıştay", false, "Çalıştay")) {
			pages.text(String.join(" ", words), Style.BODY);
		}
		PdfText pdf = PdfText.of(out.toByteArray());

		String flat = pdf.text.replaceAll("\\s+", " ");
		assertThat(flat).contains(String.join(" ", words));
		assertThat(pdf.text.lines().filter((l) -> l.contains("Kooperatif")).count()).isGreaterThan(2);
	}

}
