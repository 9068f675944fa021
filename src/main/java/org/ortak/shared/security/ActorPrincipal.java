package org.ortak.shared.security;

/**
 * A security principal that knows which {@link Actor} it stands for.
 */
public interface ActorPrincipal {

	Actor actor();

	/** Whether the request was signed in with an API token rather than on the pages. */
	default boolean viaApiToken() {
		return false;
	}

}
