package org.ortak;

import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.ortak.shared.security.Actor;
import org.ortak.shared.security.ActorPrincipal;
import org.ortak.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The people the tests act as.
 */
public final class TestActors {

	private TestActors() {
	}

	public static Actor admin() {
		return new Actor("admin", Set.of(Role.ADMIN), Set.of());
	}

	public static Actor coordinator() {
		return new Actor("nagehan", Set.of(Role.COORDINATOR), Set.of());
	}

	public static Actor manager(UUID... organizations) {
		return new Actor("mariusz", Set.of(Role.ORG_MANAGER), Set.of(organizations));
	}

	/** Signs a MockMvc request in as this actor, as a form sign-in would. */
	public static RequestPostProcessor signedIn(Actor actor) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(actor), null,
				actor.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

	private record Principal(Actor actor) implements ActorPrincipal {

		@Override
		public String toString() {
			return this.actor.username();
		}

	}

}
