package org.ortak.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * That a person agreed to their data being kept for a purpose: when, recorded by whom
 * (their own form, or a coordinator's account), and when it was withdrawn.
 */
@Embeddable
class Consent {

	@Enumerated(EnumType.STRING)
	private ConsentPurpose purpose;

	private String detail;

	@Column(name = "given_at")
	private Instant givenAt;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	protected Consent() {
	}

	Consent(ConsentPurpose purpose, String detail, Instant givenAt, String recordedBy) {
		this.purpose = purpose;
		this.detail = detail;
		this.givenAt = givenAt;
		this.recordedBy = recordedBy;
	}

	ConsentPurpose purpose() {
		return this.purpose;
	}

	boolean active() {
		return this.withdrawnAt == null;
	}

	void withdraw(Instant at) {
		if (this.withdrawnAt == null) {
			this.withdrawnAt = at;
		}
	}

	ConsentView view() {
		return new ConsentView(this.purpose, this.detail, this.givenAt, this.recordedBy, this.withdrawnAt);
	}

}
