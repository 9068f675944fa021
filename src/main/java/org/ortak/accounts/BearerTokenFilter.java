package org.ortak.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}. A request
 * without a valid token stays anonymous and is refused by the API's rules.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final Accounts accounts;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String token = header.substring(BEARER.length()).strip();
			if (!token.isEmpty()) {
				this.accounts.authenticate(token).ifPresent((actor) -> {
					SecurityContext context = this.contexts.createEmptyContext();
					context.setAuthentication(UsernamePasswordAuthenticationToken
						.authenticated(new TokenPrincipal(actor), null, SignedInUser.authorities(actor)));
					this.contexts.setContext(context);
				});
			}
		}
		chain.doFilter(request, response);
	}

}
