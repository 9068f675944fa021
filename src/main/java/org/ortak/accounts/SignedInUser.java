package org.ortak.accounts;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

import org.ortak.shared.security.Actor;
import org.ortak.shared.security.ActorPrincipal;

/**
 * The principal of a form sign-in: Spring Security's user, knowing its {@link Actor}.
 */
class SignedInUser extends org.springframework.security.core.userdetails.User implements ActorPrincipal {

	private final Actor actor;

	private final String credentialsStamp;

	SignedInUser(User user) {
		super(user.username(), user.passwordHash(), user.enabled(), true, true, true,
				user.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
		this.actor = user.actor();
		this.credentialsStamp = user.credentialsStamp();
	}

	String credentialsStamp() {
		return this.credentialsStamp;
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	static List<SimpleGrantedAuthority> authorities(Actor actor) {
		return actor.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

}
