package org.ortak.accounts;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Takes the CSRF token from the {@code X-CSRF-TOKEN} header or the form's field, never
 * from the query string, where it would leak into logs, history and Referer headers. A
 * post that carries it only in its URL is refused.
 */
class QueryStringFreeCsrf implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		this.masked.handle(request, response, token);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		if (request.getHeader(token.getHeaderName()) == null && inQueryString(request, token.getParameterName())) {
			return null;
		}
		return this.masked.resolveCsrfTokenValue(request, token);
	}

	private static boolean inQueryString(HttpServletRequest request, String parameter) {
		String query = request.getQueryString();
		if (query == null) {
			return false;
		}
		for (String pair : query.split("&")) {
			String name = pair.split("=", 2)[0];
			try {
				if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals(parameter)) {
					return true;
				}
			}
			catch (IllegalArgumentException ex) {
				// a name that cannot be decoded is not trusted either
				return true;
			}
		}
		return false;
	}

}
