package org.ortak.projects;

import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.ortak.networks.NetworkProjects;
import org.ortak.shared.security.Actor;

/** Projects as the networks' ledgers see them: the joint projects of a network. */
@Component
class ProjectNetworks implements NetworkProjects {

	private final ObjectProvider<Projects> projects;

	ProjectNetworks(ObjectProvider<Projects> projects) {
		// Projects reads networks, and networks' ledgers read projects through this
		this.projects = projects;
	}

	@Override
	public Map<UUID, String> projectsOf(UUID networkId, Actor actor) {
		return this.projects.getObject().ofNetwork(networkId, actor);
	}

}
