package org.ortak.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What one party of an agreement owes, by when, and whether it was done. */
@Entity
@Table(name = "agreement_obligation")
class Obligation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "agreement_id", updatable = false)
	private Long agreementId;

	@Column(name = "organization_id")
	private UUID organizationId;

	private String description;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private ObligationStatus status;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Column(name = "reminded_on")
	private LocalDate remindedOn;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected Obligation() {
	}

	Obligation(Long agreementId, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.agreementId = agreementId;
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(ObligationDraft draft, LocalDate today, Instant now, String by) {
		if (!java.util.Objects.equals(this.dueOn, draft.dueOn())) {
			// a new due date is reminded of again
			this.remindedOn = null;
		}
		this.organizationId = draft.organizationId();
		this.description = draft.description();
		this.dueOn = draft.dueOn();
		mark(draft.status(), draft.doneOn(), today, now, by);
	}

	/** Its status; done on the day given, or today. */
	void mark(ObligationStatus to, LocalDate on, LocalDate today, Instant now, String by) {
		this.status = (to != null) ? to : ObligationStatus.OPEN;
		this.doneOn = (this.status == ObligationStatus.DONE) ? ((on != null) ? on : today) : null;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	void reminded(LocalDate on) {
		this.remindedOn = on;
	}

	UUID publicId() {
		return this.publicId;
	}

	long version() {
		return this.version;
	}

	Long agreementId() {
		return this.agreementId;
	}

	UUID organizationId() {
		return this.organizationId;
	}

	String description() {
		return this.description;
	}

	LocalDate dueOn() {
		return this.dueOn;
	}

	ObligationStatus status() {
		return this.status;
	}

	LocalDate doneOn() {
		return this.doneOn;
	}

}
