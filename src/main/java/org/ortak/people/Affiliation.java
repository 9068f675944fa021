package org.ortak.people;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a person works and as what, from when to when: the register's organization, or
 * only its name as typed.
 */
@Embeddable
class Affiliation {

	@Column(name = "organization_id")
	private UUID organizationId;

	@Column(name = "organization_name")
	private String organizationName;

	private String function;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	protected Affiliation() {
	}

	Affiliation(AffiliationDraft draft) {
		this.organizationId = draft.organizationId();
		this.organizationName = draft.organizationName();
		this.function = draft.function();
		this.validFrom = draft.from();
		this.validTo = draft.to();
	}

	AffiliationDraft draft() {
		return new AffiliationDraft(this.organizationId, this.organizationName, this.function, this.validFrom,
				this.validTo);
	}

	/** Whether it held on that day (open ends hold always). */
	boolean heldOn(LocalDate day) {
		return (this.validFrom == null || !day.isBefore(this.validFrom))
				&& (this.validTo == null || !day.isAfter(this.validTo));
	}

	/** What erasure leaves: the organization (so counts by organization stay right). */
	void anonymize() {
		this.function = null;
		this.validFrom = null;
		this.validTo = null;
	}

}
