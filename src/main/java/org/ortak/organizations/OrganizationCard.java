package org.ortak.organizations;

import java.util.UUID;

/**
 * What other modules draw of an organization beside its name: its kind, its region (with
 * the region's path, {@code /country/…/region/}, for filtering by any ancestor), and
 * whether the public directory lists it.
 */
public record OrganizationCard(UUID id, String name, OrganizationKind kind, UUID regionId, String regionPath,
		boolean listed) {

}
