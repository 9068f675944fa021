package org.ortak.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ortak.shared.security.Role;

/**
 * A user as the admin pages show it; never the password hash.
 */
record UserView(UUID id, long version, String username, String displayName, String email, boolean enabled,
		Set<Role> roles, Set<UUID> organizationIds, Instant createdAt) {

	static UserView of(User user) {
		return new UserView(user.publicId(), user.version(), user.username(), user.displayName(), user.email(),
				user.enabled(), user.roles(), user.organizationIds(), user.createdAt());
	}

}
