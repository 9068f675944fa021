package org.ortak.organizations;

import java.util.UUID;

/**
 * A new organization entered the register.
 */
public record OrganizationRegistered(UUID organizationId, OrganizationKind kind, UUID regionId) {
}
