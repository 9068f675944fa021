package org.ortak.organizations;

import java.time.LocalDate;

/** The status change form on an organization's page. */
class StatusChangeForm {

	private OrganizationStatus status;

	private LocalDate effectiveOn;

	private String reason;

	private Long version;

	public OrganizationStatus getStatus() {
		return this.status;
	}

	public void setStatus(OrganizationStatus status) {
		this.status = status;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
