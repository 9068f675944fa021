package org.ortak.networks;

import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Role;

/**
 * Who may do what with networks. Anyone reads a network's name, purpose, road map,
 * meetings and member organizations; admins and its coordinators (the user accounts
 * assigned to it) keep it and see its person members; admins and coordinators found one.
 */
final class NetworkPolicy {

	private NetworkPolicy() {
	}

	static boolean mayFound(Actor actor) {
		return actor.isAdmin() || actor.roles().contains(Role.COORDINATOR);
	}

	static boolean keeps(Actor actor, Network network) {
		return actor.isAdmin() || (actor.isSignedIn() && actor.roles().contains(Role.COORDINATOR)
				&& network.coordinators().contains(actor.username()));
	}

}
