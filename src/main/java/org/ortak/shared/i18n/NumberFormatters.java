package org.ortak.shared.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

import org.ortak.shared.Text;

/**
 * Numbers typed into forms, in any digits: a Persian keyboard types ۸۵, an Arabic one ٨٥,
 * and both are 85. Spaces between digit groups are ignored; a decimal may use a point, a
 * comma (Turkish, Azerbaijani, Polish) or the Persian decimal separator ٫; amounts stay
 * exact decimals. Numbers are written back in the reader's digits, without grouping, so
 * what the form shows parses again.
 */
final class NumberFormatters {

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,10}");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,12}(\\.\\d{1,15})?");

	/**
	 * Spaces, no-break and thin spaces, the Arabic thousands separator ٬ and the
	 * direction marks a right-to-left page puts around numbers.
	 */
	private static final Pattern GROUPING = Pattern
		.compile("[\\s\\u00A0\\u2007\\u2009\\u202F\\u066C\\u200E\\u200F\\u061C]");

	private NumberFormatters() {
	}

	/** Whole numbers: headcounts, days. */
	static final class Whole implements Formatter<Integer> {

		@Override
		public Integer parse(String text, Locale locale) throws ParseException {
			String latin = typed(text);
			if (!WHOLE.matcher(latin).matches()) {
				throw new ParseException(text, 0);
			}
			long value = Long.parseLong(latin);
			if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
				throw new ParseException(text, 0);
			}
			return (int) value;
		}

		@Override
		public String print(Integer value, Locale locale) {
			NumberFormat format = NumberFormat.getIntegerInstance(locale);
			format.setGroupingUsed(false);
			return format.format(value);
		}

	}

	/** Decimals: coordinates. */
	static final class Decimal implements Formatter<Double> {

		@Override
		public Double parse(String text, Locale locale) throws ParseException {
			String latin = typed(text).replace('\u066B', '.').replace(',', '.');
			if (!DECIMAL.matcher(latin).matches()) {
				throw new ParseException(text, 0);
			}
			return Double.valueOf(latin);
		}

		@Override
		public String print(Double value, Locale locale) {
			if (value.isNaN() || value.isInfinite()) {
				return value.toString();
			}
			return inDigitsOf(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(), locale);
		}

	}

	/** Amounts and hours: decimals kept exact, never a float. */
	static final class Amount implements Formatter<BigDecimal> {

		@Override
		public BigDecimal parse(String text, Locale locale) throws ParseException {
			String latin = typed(text).replace('\u066B', '.').replace(',', '.');
			if (!DECIMAL.matcher(latin).matches()) {
				throw new ParseException(text, 0);
			}
			return new BigDecimal(latin);
		}

		@Override
		public String print(BigDecimal value, Locale locale) {
			return inDigitsOf(value.stripTrailingZeros().toPlainString(), locale);
		}

	}

	/** A plain number in the reader's digits: Persian ones, with ٫, for Persian. */
	private static String inDigitsOf(String plain, Locale locale) {
		if (!"fa".equals(locale.getLanguage())) {
			return plain;
		}
		StringBuilder persian = new StringBuilder(plain.length());
		for (char c : plain.toCharArray()) {
			persian.append((c >= '0' && c <= '9') ? (char) ('\u06F0' + (c - '0')) : (c == '.') ? '\u066B' : c);
		}
		return persian.toString();
	}

	private static String typed(String text) {
		return GROUPING.matcher(Text.latinDigits(text.strip())).replaceAll("").replace('\u2212', '-');
	}

}
