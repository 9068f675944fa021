package org.ortak.organizations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An organization as a list shows it.
 */
public record OrganizationSummary(UUID id, String name, String shortName, OrganizationKind kind, String subKind,
		OrganizationStatus status, UUID regionId, String regionName, Set<Sector> sectors, Integer membersTotal,
		boolean archived, Instant updatedAt, LocalDate foundedOn, Instant confirmedAt) {
}
