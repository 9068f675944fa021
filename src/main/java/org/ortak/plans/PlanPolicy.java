package org.ortak.plans;

import org.ortak.shared.security.Actor;

/**
 * Who may do what with plans. Admins and coordinators make them; admins and a plan's
 * coordinators keep it (its items, its targets, approving their values); anyone reads a
 * plan past its draft; a draft is read by its keepers and its owner's managers.
 */
final class PlanPolicy {

	private PlanPolicy() {
	}

	static boolean mayMake(Actor actor) {
		return actor.isAdmin() || actor.coordinatorName() != null;
	}

	static boolean keeps(Actor actor, Plan plan) {
		return actor.isAdmin()
				|| (actor.coordinatorName() != null && plan.coordinators().contains(actor.coordinatorName()));
	}

	static boolean mayRead(Actor actor, Plan plan) {
		return plan.status() != PlanStatus.DRAFT || keeps(actor, plan) || (plan.ownerOrganizationId() != null
				&& actor.managedOrganizationIds().contains(plan.ownerOrganizationId()));
	}

}
