package org.ortak.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import org.ortak.shared.search.SearchIndex;

/**
 * Ortak answers no request before its start-up work is done (first administrator, demo
 * data, a search index rebuild): until then every request but the health probes gets 503
 * with {@code Retry-After}, never a half-loaded register.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotReadyFilter extends OncePerRequestFilter {

	private final ApplicationAvailability availability;

	private final SearchIndex searchIndex;

	private final ProblemResponses problems;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private volatile boolean ready;

	NotReadyFilter(ApplicationAvailability availability, SearchIndex searchIndex, ProblemResponses problems,
			MessageSource messages, LocaleResolver locales) {
		this.availability = availability;
		this.searchIndex = searchIndex;
		this.problems = problems;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ready()) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Retry-After", "5");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			this.problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE.value(), "not-ready",
					"error.notReady");
		}
		else {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setCharacterEncoding("UTF-8");
			response.setContentType("text/plain");
			response.getWriter()
				.write(this.messages.getMessage("error.notReady", null, this.locales.resolveLocale(request)));
		}
	}

	private boolean ready() {
		if (!this.ready) {
			// once ready, a later rebuild (rare, and only on demand) does not take the
			// site down
			this.ready = this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
					&& this.searchIndex.ready();
		}
		return this.ready;
	}

}
