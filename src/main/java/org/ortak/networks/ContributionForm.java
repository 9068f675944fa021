package org.ortak.networks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contribution as the ledger's form sends it (a network's or an event's), with its
 * evidence.
 */
record ContributionForm(UUID organizationId, UUID personId, ContributionKind kind, ContributionStatus status,
		ContributionVisibility visibility, LocalDate contributedOn, String description, BigDecimal amount,
		String currency, BigDecimal hours, String field, Integer persons,
		org.springframework.web.multipart.MultipartFile evidence, UUID projectId) {

	static ContributionForm empty() {
		return new ContributionForm(null, null, ContributionKind.MONEY, ContributionStatus.DELIVERED,
				ContributionVisibility.COORDINATORS, null, null, null, null, null, null, null, null, null);
	}

	ContributionDraft draft() {
		return new ContributionDraft(null, this.organizationId, this.personId, this.kind, this.status, this.visibility,
				this.contributedOn, this.description, this.amount, this.currency, this.hours, this.field, this.persons,
				this.projectId);
	}

}
