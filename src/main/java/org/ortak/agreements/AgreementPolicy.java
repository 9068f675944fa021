package org.ortak.agreements;

import org.ortak.shared.security.Actor;

/**
 * Who may do what with agreements. Admins and coordinators make them; admins and an
 * agreement's coordinators keep it; the managers of its parties read it whatever its
 * visibility, read its documents and mark their own obligations; anyone reads a public
 * one without its documents.
 */
final class AgreementPolicy {

	private AgreementPolicy() {
	}

	static boolean mayMake(Actor actor) {
		return actor.isAdmin() || actor.coordinatorName() != null;
	}

	static boolean keeps(Actor actor, Agreement agreement) {
		return actor.isAdmin()
				|| (actor.coordinatorName() != null && agreement.coordinators().contains(actor.coordinatorName()));
	}

	static boolean isParty(Actor actor, Agreement agreement) {
		return agreement.parties().stream().anyMatch(actor.managedOrganizationIds()::contains);
	}

	static boolean mayRead(Actor actor, Agreement agreement) {
		return agreement.visibility() == AgreementVisibility.PUBLIC || keeps(actor, agreement)
				|| isParty(actor, agreement);
	}

	static boolean mayReadDocuments(Actor actor, Agreement agreement) {
		return keeps(actor, agreement) || isParty(actor, agreement);
	}

	static boolean mayMark(Actor actor, Agreement agreement, Obligation obligation) {
		return keeps(actor, agreement) || actor.managedOrganizationIds().contains(obligation.organizationId());
	}

}
