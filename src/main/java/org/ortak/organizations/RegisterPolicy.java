package org.ortak.organizations;

import java.util.Set;
import java.util.UUID;

import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Role;

/**
 * Who may read and keep what in the register. Admins and coordinators keep every
 * organization; an organization manager only those linked to them; anonymous visitors
 * read nothing of it (the public directory has its own policy).
 */
public final class RegisterPolicy {

	private RegisterPolicy() {
	}

	public static boolean keepsWholeRegister(Actor actor) {
		return actor.isAdmin() || actor.roles().contains(Role.COORDINATOR);
	}

	static boolean mayKeep(Actor actor, UUID organizationId) {
		return keepsWholeRegister(actor)
				|| (actor.roles().contains(Role.ORG_MANAGER) && actor.organizationIds().contains(organizationId));
	}

	/** The organizations a search may show this actor: all (null) or these. */
	static Set<UUID> visibleTo(Actor actor) {
		if (keepsWholeRegister(actor)) {
			return null;
		}
		return actor.roles().contains(Role.ORG_MANAGER) ? actor.organizationIds() : Set.of();
	}

}
