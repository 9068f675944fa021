package org.ortak.indicators;

import org.ortak.shared.security.Actor;

/**
 * Who may do what with indicators. Admins and coordinators define them; admins and
 * whoever defined one change it, as others' values rest on it; whoever keeps what a
 * target measures sets the target and approves or returns its values; the managers of the
 * target's organization enter its values; whoever reads what it measures reads its
 * approved values, and those who keep or report it read the rest.
 */
final class IndicatorPolicy {

	private IndicatorPolicy() {
	}

	static boolean mayDefine(Actor actor) {
		return actor.isAdmin() || actor.coordinatorName() != null;
	}

	static boolean mayChange(Actor actor, Indicator indicator) {
		return actor.isAdmin()
				|| (actor.coordinatorName() != null && actor.coordinatorName().equals(indicator.createdBy()));
	}

	static boolean reports(Actor actor, Subject subject, Target target) {
		return subject.kept() || (target.organizationId() != null
				&& actor.managedOrganizationIds().contains(target.organizationId()));
	}

}
