package org.ortak.organizations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An organization became active, semi-active, inactive or dissolved, since a given day.
 */
public record OrganizationStatusChanged(UUID organizationId, OrganizationStatus from, OrganizationStatus to,
		LocalDate effectiveOn) {
}
