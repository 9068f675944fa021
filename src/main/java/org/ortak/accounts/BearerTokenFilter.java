package org.ortak.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import org.ortak.accounts.Throttle.Watched;
import org.ortak.shared.security.Actor;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}. A request
 * without a valid token stays anonymous and is refused by the API's rules. An address
 * that sends ten unknown tokens in a row is answered 429, with {@code Retry-After}, for a
 * minute and then twice as long each time.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final Accounts accounts;

	private final Throttle throttle;

	private final SecurityProblems problems;

	private final Clock clock;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(Accounts accounts, Throttle throttle, SecurityProblems problems, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String token = header.substring(BEARER.length()).strip();
			if (!token.isEmpty()) {
				String address = request.getRemoteAddr();
				Watched from = Watched.address(Guard.API_TOKEN_ADDRESS, address);
				Optional<Instant> locked = this.throttle.lockedUntil(from);
				if (locked.isPresent()) {
					this.throttle.refused(from, locked.get(), address);
					tooMany(request, response, locked.get());
					return;
				}
				Optional<Actor> actor = this.accounts.authenticate(token);
				if (actor.isEmpty()) {
					Optional<Instant> lock = this.throttle.missed(from, address);
					if (lock.isPresent()) {
						tooMany(request, response, lock.get());
						return;
					}
				}
				actor.ifPresent((signedIn) -> {
					SecurityContext context = this.contexts.createEmptyContext();
					context.setAuthentication(UsernamePasswordAuthenticationToken
						.authenticated(new TokenPrincipal(signedIn), null, SignedInUser.authorities(signedIn)));
					this.contexts.setContext(context);
				});
			}
		}
		chain.doFilter(request, response);
	}

	private void tooMany(HttpServletRequest request, HttpServletResponse response, Instant until) throws IOException {
		long seconds = Math.max(1, Duration.between(this.clock.instant(), until).toSeconds() + 1);
		this.problems.tooManyGuesses(request, response, seconds);
	}

}
