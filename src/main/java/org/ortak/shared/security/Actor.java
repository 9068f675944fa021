package org.ortak.shared.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: the signed-in user's name, roles and the organizations they manage. Each
 * module decides with its own policy what this actor may do there.
 */
public record Actor(String username, Set<Role> roles, Set<UUID> organizationIds) implements Serializable {

	public static final Actor ANONYMOUS = new Actor(null, Set.of(), Set.of());

	public Actor {
		roles = Set.copyOf(roles);
		organizationIds = Set.copyOf(organizationIds);
	}

	public boolean isSignedIn() {
		return this.username != null;
	}

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	/**
	 * The organizations the actor manages as an organization manager: none unless they
	 * hold the role (an account demoted keeps its organizations, not their rights).
	 */
	public Set<UUID> managedOrganizationIds() {
		return this.roles.contains(Role.ORG_MANAGER) ? this.organizationIds : Set.of();
	}

	/**
	 * The user name under which the actor coordinates what names them a coordinator, or
	 * {@code null} unless they hold the coordinator's role.
	 */
	/**
	 * The organizations the actor manages for a query's {@code in}: never empty (an id no
	 * organization has stands in), since an empty {@code in ()} is no query every
	 * database takes.
	 */
	public Set<UUID> managedOrNone() {
		Set<UUID> own = new java.util.HashSet<>(managedOrganizationIds());
		own.add(new UUID(0, 0));
		return own;
	}

	public String coordinatorName() {
		return this.roles.contains(Role.COORDINATOR) ? this.username : null;
	}

}
