package org.ortak.accounts;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ortak.shared.Text;
import org.ortak.shared.security.Role;

/**
 * What an admin says a user is. A blank password on an existing user keeps the old one.
 */
record UserDraft(String username, String displayName, String email, String password, boolean enabled, Set<Role> roles,
		Set<UUID> organizationIds) {

	UserDraft {
		username = Text.clean(username);
		displayName = Text.clean(displayName);
		email = Text.clean(email);
		password = (password != null && !password.isEmpty()) ? password : null;
		roles = (roles != null) ? roles.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet())
				: Set.of();
		organizationIds = (organizationIds != null)
				? organizationIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()) : Set.of();
	}

}
