package org.ortak.organizations;

import java.util.UUID;

/**
 * An archived organization came back to the active register.
 */
public record OrganizationRestored(UUID organizationId) {
}
