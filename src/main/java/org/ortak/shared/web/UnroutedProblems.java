package org.ortak.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests no controller was chosen for (an unknown address, a method or content type no
 * endpoint takes): under {@code /api/} an RFC 9457 problem in the client's language;
 * elsewhere the status goes on to the friendly error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnroutedProblems {

	private final MessageSource messages;

	UnroutedProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class })
	ResponseEntity<ProblemDetail> unrouted(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ErrorResponse error = (ErrorResponse) ex;
		if (!FallbackErrorController.isApi(request.getContextPath(), request.getRequestURI())) {
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.sendError(error.getStatusCode().value());
			return null;
		}
		ProblemDetail problem = Problems.forStatus(this.messages, LocaleContextHolder.getLocale(),
				error.getStatusCode());
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(problem);
	}

}
