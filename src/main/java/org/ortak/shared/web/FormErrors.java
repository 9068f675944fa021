package org.ortak.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Violation;

/**
 * Puts the domain's refusals next to the form fields they name, so the page re-renders
 * with what was typed and answers 422 (409 for a stale edit).
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void show(InvalidInput refusal, BindingResult result, HttpServletResponse response) {
		for (Violation violation : refusal.violations()) {
			if (hasField(result, violation.field())) {
				result.rejectValue(violation.field(), violation.messageKey(), violation.argumentArray(), null);
			}
			else {
				result.reject(violation.messageKey(), violation.argumentArray(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
	}

	public static void show(StaleVersion refusal, BindingResult result, HttpServletResponse response) {
		result.reject(refusal.messageKey());
		response.setStatus(HttpStatus.CONFLICT.value());
	}

	/** Binding failures (a number that is not one) are shown the same way. */
	public static boolean failed(BindingResult result, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return true;
		}
		return false;
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getTarget() != null
					&& new org.springframework.beans.BeanWrapperImpl(result.getTarget()).isReadableProperty(field);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
