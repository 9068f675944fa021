package org.ortak.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes an RFC 9457 problem in the client's language where no controller answers: in the
 * filters before Spring MVC (not signed in, too many guesses, not ready yet).
 */
@Component
public class ProblemResponses {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
			String messageKey, Object... arguments) throws IOException {
		ProblemDetail problem = Problems.of(this.messages, this.locales.resolveLocale(request),
				HttpStatusCode.valueOf(status), type, messageKey, arguments);
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getWriter(), Problems.members(problem, request.getRequestURI()));
	}

}
