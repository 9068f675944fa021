package org.ortak.accounts;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's refusals that happen before a controller, as RFC 9457 problems in the
 * client's language: not signed in, not allowed, too many guesses.
 */
@Component
class SecurityProblems {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	SecurityProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	void unauthenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, 401, "unauthenticated", "error.unauthenticated");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, 403, "forbidden", "error.forbidden");
	}

	void tooManyGuesses(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
		response.setHeader("Retry-After", Long.toString(seconds));
		write(request, response, 429, "too-many-requests", "accounts.error.tooManyTokens", (seconds + 59) / 60);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String key,
			Object... arguments) throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://ortak.org/problems/" + type);
		problem.put("title", this.messages.getMessage("error.http." + status, null, locale));
		problem.put("status", status);
		problem.put("detail", this.messages.getMessage(key, arguments, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getWriter(), problem);
	}

}
