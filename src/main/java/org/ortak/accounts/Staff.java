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

	/**
	 * The user name as its account spells it, when an enabled admin or coordinator of
	 * that name exists: who may be made responsible for something.
	 */
	public java.util.Optional<String> coordinator(String username) {
		return (username == null) ? java.util.Optional.empty()
				: this.users.findByUsername(username)
					.filter((user) -> user.enabled()
							&& (user.roles().contains(Role.ADMIN) || user.roles().contains(Role.COORDINATOR)))
					.map(User::username);
	}

	/**
	 * The mail addresses of the enabled accounts named, and of the enabled managers of
	 * the organizations: who is told of what they keep or their organization owes.
	 */
	public java.util.Set<String> emails(java.util.Collection<String> usernames,
			java.util.Collection<java.util.UUID> organizationIds) {
		java.util.Set<String> emails = new java.util.TreeSet<>();
		for (User user : this.users.findAllByOrderByUsername()) {
			if (!user.enabled() || user.email() == null || user.email().isBlank()) {
				continue;
			}
			boolean manages = user.roles().contains(Role.ORG_MANAGER)
					&& user.organizationIds().stream().anyMatch(organizationIds::contains);
			// named, and still an admin or a coordinator
			boolean keeps = usernames.contains(user.username())
					&& (user.roles().contains(Role.ADMIN) || user.roles().contains(Role.COORDINATOR));
			if (keeps || manages) {
				emails.add(user.email());
			}
		}
		return emails;
	}

}
