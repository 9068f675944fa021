package org.ortak.accounts;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused, whatever the password, because of too many misses for the user name
 * or from the address.
 */
class SignInLocked extends AuthenticationException {

	private final Instant until;

	SignInLocked(Instant until) {
		super("Signing in is locked until " + until);
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
