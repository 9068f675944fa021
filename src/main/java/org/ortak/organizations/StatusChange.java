package org.ortak.organizations;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One change of an organization's status: from what, to what, since when, why and who
 * recorded it. Never edited once written.
 */
@Entity
@Table(name = "organization_status_change")
class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private OrganizationStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private OrganizationStatus to;

	@Column(name = "effective_on")
	private LocalDate effectiveOn;

	private String reason;

	@Column(name = "changed_by")
	private String changedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected StatusChange() {
	}

	StatusChange(Organization organization, OrganizationStatus from, OrganizationStatus to, LocalDate effectiveOn,
			String reason, String changedBy, Instant recordedAt) {
		this.organization = organization;
		this.from = from;
		this.to = to;
		this.effectiveOn = effectiveOn;
		this.reason = reason;
		this.changedBy = changedBy;
		this.recordedAt = recordedAt;
	}

	OrganizationStatus from() {
		return this.from;
	}

	OrganizationStatus to() {
		return this.to;
	}

	LocalDate effectiveOn() {
		return this.effectiveOn;
	}

	String reason() {
		return this.reason;
	}

	String changedBy() {
		return this.changedBy;
	}

	Instant recordedAt() {
		return this.recordedAt;
	}

}
