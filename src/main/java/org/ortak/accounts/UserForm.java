package org.ortak.accounts;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.ortak.shared.security.Role;

/**
 * What the user form binds to. The password is never sent back to the page.
 */
class UserForm {

	private String username;

	private String displayName;

	private String email;

	private String password;

	private boolean enabled = true;

	private Set<Role> roles = new HashSet<>();

	private Set<UUID> organizationIds = new HashSet<>();

	private Long version;

	static UserForm of(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.email = user.email();
		form.enabled = user.enabled();
		form.roles = new HashSet<>(user.roles());
		form.organizationIds = new HashSet<>(user.organizationIds());
		form.version = user.version();
		return form;
	}

	UserDraft draft() {
		return new UserDraft(this.username, this.displayName, this.email, this.password, this.enabled, this.roles,
				this.organizationIds);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public Set<UUID> getOrganizationIds() {
		return this.organizationIds;
	}

	public void setOrganizationIds(Set<UUID> organizationIds) {
		this.organizationIds = organizationIds;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
