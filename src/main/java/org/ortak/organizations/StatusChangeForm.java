package org.ortak.organizations;

import java.time.LocalDate;

/** The status change form on an organization's page. */
record StatusChangeForm(OrganizationStatus status, LocalDate effectiveOn, String reason, Long version) {

	static StatusChangeForm empty() {
		return new StatusChangeForm(null, null, null, null);
	}

}
