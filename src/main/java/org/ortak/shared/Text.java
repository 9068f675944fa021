package org.ortak.shared;

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
	 * surrogate, a control character (only tab and line breaks in multi-line text), or a
	 * bidirectional embedding, override or isolate that could make text read otherwise
	 * than it is stored.
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

}
