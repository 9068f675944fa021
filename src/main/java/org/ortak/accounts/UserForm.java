package org.ortak.accounts;

import java.util.Set;
import java.util.UUID;

import org.ortak.shared.security.Role;

/**
 * What the user form binds to. The password is never sent back to the page.
 */
record UserForm(String username, String displayName, String email, String password, boolean enabled, Set<Role> roles,
		Set<UUID> organizationIds, Long version) {

	UserForm {
		roles = (roles != null) ? roles : Set.of();
		organizationIds = (organizationIds != null) ? organizationIds : Set.of();
	}

	static UserForm blank() {
		return new UserForm(null, null, null, null, true, Set.of(), Set.of(), null);
	}

	static UserForm of(UserView user) {
		return new UserForm(user.username(), user.displayName(), user.email(), null, user.enabled(), user.roles(),
				user.organizationIds(), user.version());
	}

	UserForm withoutPassword() {
		return new UserForm(this.username, this.displayName, this.email, null, this.enabled, this.roles,
				this.organizationIds, this.version);
	}

	UserDraft draft() {
		return new UserDraft(this.username, this.displayName, this.email, this.password, this.enabled, this.roles,
				this.organizationIds);
	}

}
