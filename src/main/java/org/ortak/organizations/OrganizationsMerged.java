package org.ortak.organizations;

import java.util.UUID;

/**
 * A duplicate was merged into its survivor: records that refer to the duplicate should
 * refer to the survivor from now on. The duplicate stays as a tombstone pointing to it.
 */
public record OrganizationsMerged(UUID survivorId, UUID mergedId) {
}
