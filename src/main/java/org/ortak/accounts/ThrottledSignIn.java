package org.ortak.accounts;

import java.util.Optional;
import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import org.ortak.accounts.Throttle.Watched;

/**
 * Form sign-in that locks a user name after five wrong passwords in a row, and an address
 * after twenty, for a minute and then twice as long each time, up to an hour. A lock
 * refuses even the right password. Unknown user names lock alike, so a lock tells nothing
 * about who exists.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final Throttle throttle;

	ThrottledSignIn(UserDetailsLookup users, PasswordEncoder passwordEncoder, Throttle throttle) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		String username = String.valueOf(authentication.getName());
		Watched account = Watched.account(Guard.SIGN_IN_ACCOUNT, username);
		Watched from = Watched.address(Guard.SIGN_IN_ADDRESS, address);
		Optional<Instant> locked = this.throttle.lockedUntil(account, from);
		if (locked.isPresent()) {
			this.throttle.refused(account, locked.get(), address);
			throw new SignInLocked(locked.get());
		}
		try {
			Authentication signedIn = this.passwords.authenticate(authentication);
			this.throttle.clear(account);
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			Optional<Instant> accountLock = this.throttle.missed(account, address);
			Optional<Instant> addressLock = this.throttle.missed(from, address);
			Optional<Instant> until = accountLock.isPresent() ? accountLock : addressLock;
			if (until.isPresent()) {
				throw new SignInLocked(until.get());
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
