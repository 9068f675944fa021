package org.ortak.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * What anyone may read without signing in is rate-limited per address: the public API
 * ({@code ortak.public-rate-limit.api-per-minute}), the open-data downloads
 * ({@code ...downloads-per-hour}) and the forms anyone may send without an account
 * ({@code ...forms-per-hour}). Beyond them, 429 with {@code Retry-After}. Each node
 * counts its own requests; the remote address is the client's (behind a trusted proxy, as
 * it says).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PublicRateLimit extends OncePerRequestFilter {

	/** Addresses remembered at most; the longest idle is forgotten first. */
	private static final int ADDRESSES = 10_000;

	private final ProblemResponses problems;

	private final Bandwidth api;

	private final Bandwidth downloads;

	private final Bandwidth forms;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > ADDRESSES;
		}

	});

	PublicRateLimit(ProblemResponses problems, @Value("${ortak.public-rate-limit.api-per-minute}") int apiPerMinute,
			@Value("${ortak.public-rate-limit.downloads-per-hour}") int downloadsPerHour,
			@Value("${ortak.public-rate-limit.forms-per-hour:20}") int formsPerHour) {
		this.problems = problems;
		this.api = Bandwidth.builder()
			.capacity(apiPerMinute)
			.refillIntervally(apiPerMinute, Duration.ofMinutes(1))
			.build();
		this.downloads = Bandwidth.builder()
			.capacity(downloadsPerHour)
			.refillIntervally(downloadsPerHour, Duration.ofHours(1))
			.build();
		this.forms = Bandwidth.builder()
			.capacity(formsPerHour)
			.refillIntervally(formsPerHour, Duration.ofHours(1))
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return kind(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String kind = kind(request);
		Bandwidth limit = switch (kind) {
			case "download" -> this.downloads;
			case "form" -> this.forms;
			default -> this.api;
		};
		Bucket bucket = this.buckets.computeIfAbsent(kind + " " + request.getRemoteAddr(),
				(key) -> Bucket.builder().addLimit(limit).build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), "too-many-requests",
				"error.detail.429", seconds);
	}

	private static String kind(HttpServletRequest request) {
		// the path as routing reads it: decoded and without ;parameters, so "%70ublic"
		// is counted as "public"
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		// files made for anyone: the open data, an event's programme
		if (path.startsWith("/open-data/") || (path.startsWith("/events/") || path.startsWith("/api/v1/events/"))
				&& path.endsWith("/programme.pdf")) {
			return "download";
		}
		// what anyone may send without an account: suggestions, an entry's own link,
		// registrations
		if ("POST".equals(request.getMethod()) && (path.startsWith("/entry/") || path.startsWith("/subscriptions/")
				|| path.equals("/api/v1/subscriptions")
				|| (path.startsWith("/directory/") && path.endsWith("/corrections"))
				|| (path.startsWith("/events/") && path.endsWith("/register")) || path.startsWith("/i/")
				|| (path.startsWith("/volunteering/") && path.endsWith("/signup")) || path.startsWith("/v/")
				|| (path.startsWith("/api/v1/volunteering/") && path.endsWith("/signups")))) {
			return "form";
		}
		// an organization's partners, built from every tie there is, for its public
		// profile
		return (path.startsWith("/api/v1/public/") || path.startsWith("/graph/partners/")) ? "api" : null;
	}

}
