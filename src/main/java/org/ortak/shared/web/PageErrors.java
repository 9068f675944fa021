package org.ortak.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.ortak.shared.DomainException;
import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;

/**
 * Refusals on pages become the friendly error page, in the reader's language.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(NotFound.class)
	String notFound(NotFound ex, Model model, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, ex, model, response);
	}

	@ExceptionHandler(Forbidden.class)
	String forbidden(Forbidden ex, Model model, HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, ex, model, response);
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
