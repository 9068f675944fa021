package org.ortak.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanWrapperImpl;
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
			if (!isField(result, violation.field())) {
				result.reject(violation.messageKey(), violation.argumentArray(), null);
			}
			else if (!result.hasFieldErrors(violation.field())) {
				result.rejectValue(violation.field(), violation.messageKey(), violation.argumentArray(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
	}

	public static void show(StaleVersion refusal, BindingResult result, HttpServletResponse response) {
		result.reject(refusal.messageKey());
		response.setStatus(HttpStatus.CONFLICT.value());
	}

	/** Whether what was typed could not even be read (a number that is not one). */
	public static boolean failed(BindingResult result, HttpServletResponse response) {
		return failed(result, response, () -> {
		});
	}

	/**
	 * Whether what was typed could not even be read (a number that is not one). The
	 * register's own checks still run on the rest, so the page names every error at once.
	 */
	public static boolean failed(BindingResult result, HttpServletResponse response, Runnable check) {
		if (!result.hasErrors()) {
			return false;
		}
		try {
			check.run();
		}
		catch (InvalidInput ex) {
			show(ex, result, response);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return true;
	}

	private static boolean isField(BindingResult result, String field) {
		return result.getTarget() != null && new BeanWrapperImpl(result.getTarget()).isReadableProperty(field);
	}

}
