package org.ortak.accounts;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.shared.security.Role;

/**
 * The user accounts other modules may name as responsible for something (an event's
 * coordinators): enabled admins and coordinators, by user name.
 */
@Service
@Transactional(readOnly = true)
public class Staff {

	private final UserRepository users;

	Staff(UserRepository users) {
		this.users = users;
	}

	public List<String> coordinators() {
		return this.users.findAllByOrderByUsername()
			.stream()
			.filter((user) -> user.enabled()
					&& (user.roles().contains(Role.ADMIN) || user.roles().contains(Role.COORDINATOR)))
			.map(User::username)
			.toList();
	}

	/** The account's user name as it is spelled, when one of that name exists. */
	public java.util.Optional<String> spelled(String username) {
		return (username == null) ? java.util.Optional.empty()
				: this.users.findByUsername(username).map(User::username);
	}

}
