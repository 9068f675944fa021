package org.ortak.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in user afresh on every page request, so that a role or organization
 * an admin takes away, a disabled account or a changed password takes effect at once
 * rather than at the next sign-in.
 */
class FreshActorFilter extends OncePerRequestFilter {

	private final UserRepository users;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	FreshActorFilter(UserRepository users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
			User user = this.users.findByUsername(signedIn.getUsername()).orElse(null);
			if (user == null || !user.enabled() || !user.credentialsStamp().equals(signedIn.credentialsStamp())) {
				this.contexts.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!user.actor().equals(signedIn.actor())) {
				SignedInUser fresh = new SignedInUser(user);
				SecurityContext context = this.contexts.createEmptyContext();
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
				this.contexts.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

}
