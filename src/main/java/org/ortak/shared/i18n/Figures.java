package org.ortak.shared.i18n;

import java.math.BigDecimal;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Figures as the reader writes them: their digits and separators, as many decimals as the
 * figure has (up to four). Templates call it as {@code ${@figures.number(value)}}.
 */
@Component("figures")
public class Figures {

	public String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getInstance(ULocale.forLocale(LocaleContextHolder.getLocale()));
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

	/** A count as the reader writes it. */
	public String count(long value) {
		return NumberFormat.getInstance(ULocale.forLocale(LocaleContextHolder.getLocale())).format(value);
	}

	/**
	 * An amount of money in its currency (ISO 4217) as the reader writes it, with the
	 * currency's own minor units: "12,000.00 AZN" becomes "AZN 12,000.00" or "12.000,00
	 * zł".
	 */
	public String money(BigDecimal value, String currency) {
		if (value == null) {
			return "";
		}
		if (currency == null) {
			return number(value);
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(ULocale.forLocale(LocaleContextHolder.getLocale()));
		format.setCurrency(com.ibm.icu.util.Currency.getInstance(currency));
		return format.format(value);
	}

	/** A whole percentage, 0 to 100, as the reader writes it: "14%", "٪۱۴", "%14". */
	public String percent(Integer value) {
		if (value == null) {
			return "";
		}
		return NumberFormat.getPercentInstance(ULocale.forLocale(LocaleContextHolder.getLocale()))
			.format(value / 100.0);
	}

}
