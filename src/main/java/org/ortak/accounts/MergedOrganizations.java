package org.ortak.accounts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.ortak.organizations.OrganizationsMerged;

/**
 * Who managed a duplicate manages its survivor once the two are merged.
 */
@Component
class MergedOrganizations {

	private final UserRepository users;

	MergedOrganizations(UserRepository users) {
		this.users = users;
	}

	@ApplicationModuleListener
	void on(OrganizationsMerged merged) {
		this.users.findManagersOf(merged.mergedId())
			.forEach((user) -> user.manageInstead(merged.mergedId(), merged.survivorId()));
	}

}
