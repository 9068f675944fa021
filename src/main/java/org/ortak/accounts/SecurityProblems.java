package org.ortak.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import org.ortak.shared.web.ProblemResponses;

/**
 * The API's refusals that happen before a controller, as RFC 9457 problems in the
 * client's language: not signed in, not allowed, too many guesses.
 */
@Component
class SecurityProblems {

	private final ProblemResponses problems;

	SecurityProblems(ProblemResponses problems) {
		this.problems = problems;
	}

	void unauthenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		this.problems.write(request, response, 401, "unauthenticated", "error.unauthenticated");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.problems.write(request, response, 403, "forbidden", "error.forbidden");
	}

	void tooManyGuesses(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
		response.setHeader("Retry-After", Long.toString(seconds));
		this.problems.write(request, response, 429, "too-many-requests", "accounts.error.tooManyTokens",
				(seconds + 59) / 60);
	}

}
