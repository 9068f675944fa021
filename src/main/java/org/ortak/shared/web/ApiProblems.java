package org.ortak.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.ortak.shared.DomainException;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Moved;
import org.ortak.shared.NotFound;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Violation;

/**
 * Every refusal of the JSON API as an RFC 9457 problem, in the client's language
 * ({@code Accept-Language}), naming each bad field; never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput ex) {
		return invalid(ex.violations());
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.messageKey(), ex.arguments());
	}

	/** A merged duplicate: moved for good to its survivor, which the answer names. */
	@ExceptionHandler(Moved.class)
	ResponseEntity<ProblemDetail> moved(Moved ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.MOVED_PERMANENTLY, "moved", ex.messageKey());
		problem.setProperty("movedTo", ex.to().toString());
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(ex.location(request.getRequestURI(), request.getQueryString())))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** A stale version, checked by the service or, in a race, by the database. */
	@ExceptionHandler({ StaleVersion.class, OptimisticLockingFailureException.class })
	ProblemDetail stale(Exception ex) {
		return problem(HttpStatus.CONFLICT, "stale-version", "error.staleVersion");
	}

	@ExceptionHandler({ Forbidden.class, AccessDeniedException.class })
	ProblemDetail forbidden(Exception ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
	}

	@ExceptionHandler(DomainException.class)
	ProblemDetail refused(DomainException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "refused", ex.messageKey(), ex.arguments());
	}

	/**
	 * What nobody foresaw: the whole story in the server's log, a generic problem to the
	 * client.
	 */
	/**
	 * A request that cannot be read as such: a parameter name the binder cannot follow
	 * ({@code name[0]}, {@code parentId.x}) or a parameter that is not UTF-8.
	 */
	@ExceptionHandler({ InvalidPropertyException.class, InvalidParameterException.class })
	ProblemDetail unreadableRequest(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "bad-request", "error.detail.400");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "error.general");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new Violation(ex.getName(), "validation.badValue", List.of())));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		if (field == null) {
			return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "unreadable", "error.unreadable"));
		}
		return ResponseEntity.badRequest()
			.body(invalid(List.of(new Violation(field, "validation.badValue", List.of()))));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail detail
				&& (detail.getType() == null || ABOUT_BLANK.equals(detail.getType()))) {
			// the framework's own refusal (405, 406, 415 …): told in the client's
			// language
			ProblemDetail localized = Problems.forStatus(this.messages, LocaleContextHolder.getLocale(), statusCode);
			detail.setType(localized.getType());
			detail.setTitle(localized.getTitle());
			detail.setDetail(localized.getDetail());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static String fieldOf(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JacksonException.Reference reference : jackson.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			return path.isEmpty() ? null : path.toString();
		}
		return null;
	}

	private ProblemDetail invalid(List<Violation> violations) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "error.invalidInput");
		List<Map<String, Object>> errors = new ArrayList<>();
		for (Violation violation : violations) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("field", violation.field());
			error.put("code", violation.messageKey());
			error.put("message", message(violation.messageKey(), violation.argumentArray()));
			errors.add(error);
		}
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String type, String messageKey, Object... arguments) {
		return Problems.of(this.messages, LocaleContextHolder.getLocale(), status, type, messageKey, arguments);
	}

	private String message(String key, Object[] arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
