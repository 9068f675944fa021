package org.ortak.volunteering;

import java.util.UUID;

import org.ortak.shared.security.Actor;

/**
 * Who may do what with volunteering. Admins, coordinators and the managers of the
 * receiving organization publish opportunities; they keep them (a coordinator those they
 * published) and see the volunteers; only the receiving organization's managers confirm
 * hours. Anyone reads the opportunities and signs up.
 */
final class VolunteeringPolicy {

	private VolunteeringPolicy() {
	}

	static boolean mayPublish(Actor actor, UUID organizationId) {
		return actor.isAdmin() || actor.coordinatorName() != null || manages(actor, organizationId);
	}

	static boolean keeps(Actor actor, Opportunity opportunity) {
		return actor.isAdmin()
				|| (actor.coordinatorName() != null && actor.coordinatorName().equals(opportunity.createdBy()))
				|| manages(actor, opportunity.organizationId());
	}

	static boolean confirms(Actor actor, Opportunity opportunity) {
		return manages(actor, opportunity.organizationId());
	}

	private static boolean manages(Actor actor, UUID organizationId) {
		return organizationId != null && actor.managedOrganizationIds().contains(organizationId);
	}

}
