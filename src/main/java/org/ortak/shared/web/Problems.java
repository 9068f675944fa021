package org.ortak.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * How the API names a refusal: one type per kind of problem, a title for the status and a
 * detail, both in the client's language. Shared by the controller advice, the error
 * controller and the server's own error report.
 */
final class Problems {

	static final String TYPE_BASE = "https://ortak.org/problems/";

	private Problems() {
	}

	static ProblemDetail of(MessageSource messages, Locale locale, HttpStatusCode status, String type,
			String messageKey, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(messageKey, arguments, messageKey, locale));
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title(messages, locale, status.value()));
		return problem;
	}

	/** A problem for a bare status, such as the server or the framework answers. */
	static ProblemDetail forStatus(MessageSource messages, Locale locale, HttpStatusCode status) {
		return of(messages, locale, status, type(status.value()), detailKey(status.value()));
	}

	/** The same problem as JSON members, for writers that have no message converter. */
	static Map<String, Object> members(ProblemDetail problem, String instance) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", problem.getType().toString());
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (instance != null) {
			members.put("instance", instance);
		}
		return members;
	}

	static String title(MessageSource messages, Locale locale, int status) {
		String key = "error.http." + status;
		String title = messages.getMessage(key, null, null, locale);
		return (title != null) ? title
				: messages.getMessage((status >= 500) ? "error.http.500" : "error.http.400", null, locale);
	}

	/** What a page or a problem says for a status the register itself did not choose. */
	static String detailKey(int status) {
		return switch (status) {
			case 401 -> "error.unauthenticated";
			case 403 -> "error.forbidden";
			case 404 -> "error.detail.404";
			case 405, 406, 413, 415 -> "error.detail." + status;
			case 409 -> "error.staleVersion";
			default -> (status >= 500) ? "error.general" : "error.detail.400";
		};
	}

	static String type(int status) {
		return switch (status) {
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "stale-version";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			default -> (status >= 500) ? "server-error" : "bad-request";
		};
	}

}
