package org.ortak.shared.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of the current request.
 */
public final class Actors {

	private Actors() {
	}

	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return principal.actor();
		}
		return Actor.ANONYMOUS;
	}

}
