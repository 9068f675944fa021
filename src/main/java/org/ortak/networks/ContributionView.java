package org.ortak.networks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of the ledger as shown: who, what, how much, pledged or delivered; where its
 * evidence is read, for who may read it ({@code null} otherwise, or when it has none).
 */
public record ContributionView(UUID id, long version, UUID networkId, UUID eventId, UUID organizationId, UUID personId,
		String contributor, ContributionKind kind, ContributionStatus status, ContributionVisibility visibility,
		LocalDate contributedOn, String description, BigDecimal amount, String currency, BigDecimal hours, String field,
		Integer persons, String evidenceUrl, UUID projectId) {

}
