package org.ortak.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body whose {@code Content-Type} names no type ({@code *}/{@code *},
 * {@code application/*}) or cannot be read is refused with 415 before Spring MVC, which
 * would fail on it with an error of its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiContentTypeFilter extends OncePerRequestFilter {

	private final ProblemResponses problems;

	ApiContentTypeFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getContentType() == null
				|| !FallbackErrorController.isApi(request.getContextPath(), request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean named;
		try {
			MediaType type = MediaType.parseMediaType(request.getContentType());
			named = !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			named = false;
		}
		if (named) {
			chain.doFilter(request, response);
		}
		else {
			this.problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), "unsupported-media-type",
					"error.detail.415");
		}
	}

}
