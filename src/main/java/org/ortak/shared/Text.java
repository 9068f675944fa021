package org.ortak.shared;

import java.text.Normalizer;
import java.util.Locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * What people type, made safe to keep: invisible characters at the ends go, and what no
 * database or reader can handle is found so it can be refused by name.
 */
public final class Text {

	private Text() {
	}

	/**
	 * The text without the whitespace and invisible (default-ignorable) characters around
	 * it, or null when nothing visible is left. Inside, everything stays as typed:
	 * Persian needs the zero-width non-joiner and joiner between letters.
	 */
	/**
	 * Texts by language code, each {@link #clean cleaned}, in the order given; a language
	 * with no text left, or no code, is left out.
	 */
	public static java.util.Map<String, String> cleanTexts(java.util.Map<String, String> texts) {
		java.util.Map<String, String> cleaned = new java.util.LinkedHashMap<>();
		if (texts != null) {
			texts.forEach((language, text) -> {
				String clean = clean(text);
				if (language != null && clean != null) {
					cleaned.put(language, clean);
				}
			});
		}
		return cleaned;
	}

	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		int start = 0;
		int end = text.length();
		while (start < end) {
			int codePoint = text.codePointAt(start);
			if (!invisible(codePoint)) {
				break;
			}
			start += Character.charCount(codePoint);
		}
		while (end > start) {
			int codePoint = text.codePointBefore(end);
			if (!invisible(codePoint)) {
				break;
			}
			end -= Character.charCount(codePoint);
		}
		return (start == end) ? null : text.substring(start, end);
	}

	/**
	 * The first character this text may not hold, or -1 when there is none: a lone
	 * surrogate, a noncharacter (U+FFFE…), a control character (only tab and line breaks
	 * in multi-line text), or a bidirectional embedding, override or isolate that could
	 * make text read otherwise than it is stored.
	 */
	public static int firstForbidden(String text, boolean multiLine) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
				// half of a pair: no database can store it as UTF-8
				return codePoint;
			}
			if ((codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)) {
				// a noncharacter: no XML (a feed, a spreadsheet) may hold it
				return codePoint;
			}
			if (Character.getType(codePoint) == Character.CONTROL
					&& !(multiLine && (codePoint == '\t' || codePoint == '\n' || codePoint == '\r'))) {
				return codePoint;
			}
			if (bidiControl(codePoint)) {
				return codePoint;
			}
			i += Character.charCount(codePoint);
		}
		return -1;
	}

	/** A code point as people look it up: U+202E. */
	public static String codePointName(int codePoint) {
		return String.format(Locale.ROOT, "U+%04X", codePoint);
	}

	private static boolean invisible(int codePoint) {
		if (bidiControl(codePoint)) {
			// refused rather than silently dropped, wherever it stands
			return false;
		}
		return UCharacter.isUWhiteSpace(codePoint)
				|| UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
				|| Character.getType(codePoint) == Character.FORMAT;
	}

	private static boolean bidiControl(int codePoint) {
		return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
	}

	/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as 0–9. */
	public static String latinDigits(String text) {
		StringBuilder latin = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '\u06F0' && c <= '\u06F9') {
				latin.append((char) ('0' + (c - '\u06F0')));
			}
			else if (c >= '\u0660' && c <= '\u0669') {
				latin.append((char) ('0' + (c - '\u0660')));
			}
			else {
				latin.append(c);
			}
		}
		return latin.toString();
	}

	/**
	 * Text as a picker compares it, the same way whatever keyboard typed it: lower case,
	 * without marks (Skarżysko is skarzysko, İzmit is izmit), ı, ł and ə as i, l and e,
	 * Persian without the zero-width non-joiner and with one form of each letter (ي, ى
	 * and ئ as ی; ك as ک), digits in Latin. The full-text search folds the same way in
	 * its analyzers; this is for what a database compares with {@code like}.
	 */
	public static String folded(String text) {
		String decomposed = Normalizer.normalize(latinDigits(text), Normalizer.Form.NFKD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		decomposed.codePoints().forEach((codePoint) -> {
			int type = Character.getType(codePoint);
			if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || codePoint == '\u0640') {
				return;
			}
			switch (codePoint) {
				case '\u0131', '\u0130' -> folded.append('i');
				case '\u0259', '\u018F' -> folded.append('e');
				case '\u0142', '\u0141' -> folded.append('l');
				case '\u064A', '\u0649', '\u0626' -> folded.append('\u06CC');
				case '\u0643' -> folded.append('\u06A9');
				case '\u0629' -> folded.append('\u0647');
				default -> folded.appendCodePoint(codePoint);
			}
		});
		return folded.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * Text as duplicates are compared: {@link #folded}, with only its letters and digits,
	 * one space between words ("Spółdzielnia Socjalna „PROM”" is "spoldzielnia socjalna
	 * prom").
	 */
	public static String matchKey(String text) {
		if (text == null) {
			return null;
		}
		return folded(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/**
	 * {@link #matchKey(String)} at most {@code maxLength} long, for a column of that
	 * size: folding may lengthen a text (ﬃ is ffi), and a search on the cut key still
	 * finds it.
	 */
	public static String matchKey(String text, int maxLength) {
		String key = matchKey(text);
		return (key != null && key.length() > maxLength) ? key.substring(0, maxLength).strip() : key;
	}

	/**
	 * Several texts (a code and names in several languages) as one key a search's "like"
	 * finds each of them in; empty when there is nothing to fold.
	 */
	public static String matchKeyOf(java.util.Collection<String> texts, int maxLength) {
		String key = matchKey(String.join(" ", texts.stream().filter((t) -> t != null).toList()), maxLength);
		return (key != null) ? key : "";
	}

}
