package org.ortak.organizations;

import java.util.UUID;

/**
 * What the register says of an organization was revised (its status excepted: that is
 * {@link OrganizationStatusChanged}).
 */
public record OrganizationChanged(UUID organizationId, long version) {
}
