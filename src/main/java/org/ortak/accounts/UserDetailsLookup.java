package org.ortak.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the user who signs in with the form.
 */
@Component
class UserDetailsLookup implements UserDetailsService {

	private final UserRepository users;

	UserDetailsLookup(UserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username)
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
