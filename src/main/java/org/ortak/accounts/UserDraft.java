package org.ortak.accounts;

import java.util.Set;
import java.util.UUID;

import org.ortak.shared.security.Role;

/**
 * What an admin says a user is. A blank password on an existing user keeps the old one.
 */
record UserDraft(String username, String displayName, String email, String password, boolean enabled, Set<Role> roles,
		Set<UUID> organizationIds) {

	UserDraft {
		username = (username != null) ? username.strip() : null;
		displayName = (displayName != null && !displayName.isBlank()) ? displayName.strip() : null;
		email = (email != null && !email.isBlank()) ? email.strip() : null;
		password = (password != null && !password.isEmpty()) ? password : null;
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
		organizationIds = (organizationIds != null) ? Set.copyOf(organizationIds) : Set.of();
	}

}
