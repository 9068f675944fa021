package org.ortak.organizations;

import java.time.Instant;
import java.util.UUID;

/**
 * A correction as its reviewers see it: what is proposed beside what the entry holds now,
 * or what someone noticed and how to reach them.
 */
public record CorrectionView(UUID id, UUID organizationId, String organizationName, String source, String status,
		Proposal proposed, Proposal current, String message, String contact, Instant createdAt) {
}
