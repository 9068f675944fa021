package org.ortak.networks;

import java.util.Map;
import java.util.UUID;

import org.ortak.shared.security.Actor;

/**
 * The joint projects of a network, as the module owning projects finds them: a line of
 * the network's ledger may be a contribution to one of them.
 */
public interface NetworkProjects {

	/** The network's joint projects the actor may see, by id, with their titles. */
	Map<UUID, String> projectsOf(UUID networkId, Actor actor);

}
