package org.ortak.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.ortak.shared.DomainException;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Moved;
import org.ortak.shared.NotFound;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Violation;

/**
 * Refusals on pages become the friendly error page, in the reader's language.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(NotFound.class)
	String notFound(NotFound ex, Model model, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, ex, model, response);
	}

	/** A merged duplicate's page: its survivor's, for good. */
	@ExceptionHandler(Moved.class)
	void moved(Moved ex, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
		response.setHeader("Location", request.getContextPath() + ex
			.location(request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString()));
	}

	@ExceptionHandler(Forbidden.class)
	String forbidden(Forbidden ex, Model model, HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, ex, model, response);
	}

	/**
	 * Two people saved the same record at the same moment; the second is told, not lost.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	String stale(Model model, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, new StaleVersion(), model, response);
	}

	/** A change made from a page that was out of date, such as an archive button. */
	@ExceptionHandler(StaleVersion.class)
	String stale(StaleVersion ex, Model model, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, ex, model, response);
	}

	/**
	 * Input refused before a form could show it (more rows than a form has): the first
	 * reason, on the error page.
	 */
	@ExceptionHandler(InvalidInput.class)
	String invalid(InvalidInput ex, Model model, HttpServletResponse response) {
		Violation first = ex.violations().get(0);
		page(HttpStatus.UNPROCESSABLE_CONTENT, ex, model, response);
		model.addAttribute("messageKey", first.messageKey());
		model.addAttribute("messageArguments", first.argumentArray());
		model.addAttribute("field", first.field());
		return "error";
	}

	/**
	 * A form post that cannot be read as such: a field name the binder cannot follow
	 * ({@code name[0]}, {@code effectiveOn.year}) or text that is not UTF-8. No form
	 * sends that; the friendly page says the request was not understood.
	 */
	@ExceptionHandler({ InvalidPropertyException.class, InvalidParameterException.class })
	String unreadable(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
		model.addAttribute("messageKey", "error.detail.400");
		model.addAttribute("messageArguments", new Object[0]);
		return "error";
	}

	@ExceptionHandler(DomainException.class)
	String refused(DomainException ex, Model model, HttpServletResponse response) {
		return page(HttpStatus.UNPROCESSABLE_CONTENT, ex, model, response);
	}

	private static String page(HttpStatus status, DomainException ex, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", ex.arguments());
		return "error";
	}

}
