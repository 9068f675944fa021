package org.ortak.organizations;

import java.util.UUID;

/**
 * An organization left the active register; records that refer to it keep it.
 */
public record OrganizationArchived(UUID organizationId) {
}
