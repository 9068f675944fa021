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

	/** A whole percentage, 0 to 100, as the reader writes it: "14%", "٪۱۴", "%14". */
	public String percent(Integer value) {
		if (value == null) {
			return "";
		}
		return NumberFormat.getPercentInstance(ULocale.forLocale(LocaleContextHolder.getLocale()))
			.format(value / 100.0);
	}

}
