package org.ortak.shared.i18n;

import org.springframework.format.support.FormatterPropertyEditorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers bound from forms and query parameters are read by {@link NumberFormatters}
 * alone. Without these editors, a number the formatter refuses falls back to Spring's
 * default editors, which read "0x10" as 16 and "NaN" as a number.
 */
@ControllerAdvice
class NumberBinding {

	@InitBinder
	void numbers(WebDataBinder binder) {
		FormatterPropertyEditorAdapter whole = new FormatterPropertyEditorAdapter(new NumberFormatters.Whole());
		FormatterPropertyEditorAdapter decimal = new FormatterPropertyEditorAdapter(new NumberFormatters.Decimal());
		binder.registerCustomEditor(Integer.class, whole);
		binder.registerCustomEditor(int.class, whole);
		binder.registerCustomEditor(Double.class, decimal);
		binder.registerCustomEditor(double.class, decimal);
	}

}
