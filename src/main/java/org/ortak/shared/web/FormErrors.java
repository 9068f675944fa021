package org.ortak.shared.web;

import java.util.Iterator;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.WebRequest;

import org.ortak.shared.DomainException;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Violation;

/**
 * Puts the domain's refusals next to the form fields they name, so the page re-renders
 * with what was typed and answers 422 (409 for a stale edit).
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * The one path of a form post: runs the action when what was typed could be read, and
	 * shows what the register refuses next to its fields (422; 409 for a stale edit; 422
	 * with a message above the form for another refusal, such as an impossible status
	 * change). When the form could not even be read, the register's {@code check} still
	 * runs on the rest, so the page names every error at once. Answers whether the action
	 * succeeded.
	 */
	public static boolean attempt(Object form, BindingResult bound, Model model, HttpServletResponse response,
			Runnable check, Runnable action) {
		BindingResult result = withTarget(form, bound, model);
		if (failed(result, response, check)) {
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (InvalidInput ex) {
			show(ex, result, response);
		}
		catch (StaleVersion ex) {
			show(ex, result, response);
		}
		catch (NotFound | Forbidden ex) {
			// not the form's business: the error page says it
			throw ex;
		}
		catch (DomainException ex) {
			result.reject(ex.messageKey(), ex.arguments(), null);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return false;
	}

	/**
	 * {@link #attempt(Object, BindingResult, Model, HttpServletResponse, Runnable, Runnable)}
	 * with no check.
	 */
	public static boolean attempt(Object form, BindingResult result, Model model, HttpServletResponse response,
			Runnable action) {
		return attempt(form, result, model, response, () -> {
		}, action);
	}

	/**
	 * A form bound through its constructor that could not read everything keeps its
	 * errors in a result without the form (Spring builds the form after the result): they
	 * are given back their form, so the page shows what was typed and every error.
	 */
	private static BindingResult withTarget(Object form, BindingResult result, Model model) {
		if (result.getTarget() == form) {
			return result;
		}
		BeanPropertyBindingResult kept = new BeanPropertyBindingResult(form, result.getObjectName());
		result.getAllErrors().forEach(kept::addError);
		model.addAttribute(result.getObjectName(), form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), kept);
		return kept;
	}

	/**
	 * Refuses, before binding, a form that sends rows of a list beyond {@code maxRows}
	 * ({@code certifications[1000].name}): more than the form ever shows, and more than
	 * the binder would grow a list to.
	 */
	public static void refuseRowsBeyond(WebRequest request, String list, int maxRows, int allowed) {
		String prefix = list + "[";
		for (Iterator<String> names = request.getParameterNames(); names.hasNext();) {
			String name = names.next();
			if (name.startsWith(prefix)) {
				int end = name.indexOf(']', prefix.length());
				String index = (end > 0) ? name.substring(prefix.length(), end) : "";
				if (index.isEmpty() || index.length() > 6 || !index.chars().allMatch(Character::isDigit)
						|| Integer.parseInt(index) >= maxRows) {
					throw InvalidInput.of(list, "validation.tooMany", allowed);
				}
			}
		}
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
