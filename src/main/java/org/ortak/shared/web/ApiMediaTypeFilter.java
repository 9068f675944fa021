package org.ortak.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's media-type headers, checked before Spring MVC, which would fail on them with
 * an error of its own: a body whose {@code Content-Type} names no type
 * ({@code *}/{@code *}, {@code application/*}) or cannot be read is refused with 415; an
 * {@code Accept} that cannot be read is taken as accepting anything, so that even a
 * refusal is answered as a problem the client can read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiMediaTypeFilter extends OncePerRequestFilter {

	private final ProblemResponses problems;

	ApiMediaTypeFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !FallbackErrorController.isApi(request.getContextPath(), request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentType() != null && !namesAType(request.getContentType())) {
			this.problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), "unsupported-media-type",
					"error.detail.415");
			return;
		}
		chain.doFilter(readableAccept(request) ? request : new HttpServletRequestWrapper(request) {

			@Override
			public String getHeader(String name) {
				return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
						: super.getHeaders(name);
			}

		}, response);
	}

	private static boolean namesAType(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean readableAccept(HttpServletRequest request) {
		try {
			for (Enumeration<String> accepts = request.getHeaders(HttpHeaders.ACCEPT); accepts.hasMoreElements();) {
				MediaType.parseMediaTypes(accepts.nextElement());
			}
			return true;
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
