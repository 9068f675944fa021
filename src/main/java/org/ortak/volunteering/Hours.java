package org.ortak.volunteering;

import java.math.BigDecimal;
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

/**
 * Hours a volunteer gave on a day, and who at the receiving organization decided on them.
 */
@Entity
@Table(name = "volunteer_hours")
class Hours {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "signup_id", updatable = false)
	private Long signupId;

	@Column(name = "worked_on")
	private LocalDate workedOn;

	private BigDecimal hours;

	private String note;

	@Enumerated(EnumType.STRING)
	private HoursStatus status;

	@Column(name = "logged_at", updatable = false)
	private Instant loggedAt;

	@Column(name = "logged_by", updatable = false)
	private String loggedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	protected Hours() {
	}

	Hours(Long signupId, HoursDraft draft, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.signupId = signupId;
		this.workedOn = draft.workedOn();
		this.hours = draft.hours();
		this.note = draft.note();
		this.status = HoursStatus.LOGGED;
		this.loggedAt = now;
		this.loggedBy = by;
	}

	void decide(boolean confirmed, Instant now, String by) {
		this.status = confirmed ? HoursStatus.CONFIRMED : HoursStatus.REJECTED;
		this.decidedAt = now;
		this.decidedBy = by;
	}

	/** The note goes with its writer's erasure: it may name them. */
	void forgetNote() {
		this.note = null;
	}

	UUID publicId() {
		return this.publicId;
	}

	long version() {
		return this.version;
	}

	Long signupId() {
		return this.signupId;
	}

	LocalDate workedOn() {
		return this.workedOn;
	}

	BigDecimal hours() {
		return this.hours;
	}

	String note() {
		return this.note;
	}

	HoursStatus status() {
		return this.status;
	}

	String decidedBy() {
		return this.decidedBy;
	}

	Instant decidedAt() {
		return this.decidedAt;
	}

}
