package org.ortak.accounts;

import org.ortak.shared.security.Actor;
import org.ortak.shared.security.ActorPrincipal;

/**
 * The principal of an API request signed with a bearer token.
 */
record TokenPrincipal(Actor actor) implements ActorPrincipal {

	@Override
	public boolean viaApiToken() {
		return true;
	}

	@Override
	public String toString() {
		return this.actor.username();
	}

}
