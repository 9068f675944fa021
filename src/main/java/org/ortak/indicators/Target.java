package org.ortak.indicators;

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
 * An indicator attached to what it measures, with baseline, target and target date, the
 * organization that reports it and the periods it is reported in; its progress (actual
 * figure, periods approved and reported) is kept here as its values change.
 */
@Entity
@Table(name = "indicator_target")
class Target {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "indicator_id", updatable = false)
	private Long indicatorId;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", updatable = false)
	private SubjectKind subjectKind;

	@Column(name = "subject_id", updatable = false)
	private UUID subjectId;

	@Column(name = "organization_id")
	private UUID organizationId;

	@Column(name = "baseline_value")
	private BigDecimal baselineValue;

	@Column(name = "baseline_on")
	private LocalDate baselineOn;

	@Column(name = "target_value")
	private BigDecimal targetValue;

	@Column(name = "target_on")
	private LocalDate targetOn;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	@Enumerated(EnumType.STRING)
	private PeriodCalendar calendar;

	@Column(name = "actual_value")
	private BigDecimal actualValue;

	@Column(name = "actual_through")
	private LocalDate actualThrough;

	@Column(name = "reported_through")
	private LocalDate reportedThrough;

	@Column(name = "approved_count")
	private int approvedCount;

	@Column(name = "pending_count")
	private int pendingCount;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected Target() {
	}

	Target(Long indicatorId, SubjectKind subjectKind, UUID subjectId, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.indicatorId = indicatorId;
		this.subjectKind = subjectKind;
		this.subjectId = subjectId;
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(TargetDraft draft, Instant now, String by) {
		this.organizationId = draft.organizationId();
		this.baselineValue = draft.baselineValue();
		this.baselineOn = draft.baselineOn();
		this.targetValue = draft.targetValue();
		this.targetOn = draft.targetOn();
		this.frequency = draft.frequency();
		this.calendar = draft.calendar();
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** What its values come to now, as {@link Progress} worked it out. */
	void progress(BigDecimal actual, LocalDate actualThrough, LocalDate reportedThrough, int approved, int pending) {
		this.actualValue = actual;
		this.actualThrough = actualThrough;
		this.reportedThrough = reportedThrough;
		this.approvedCount = approved;
		this.pendingCount = pending;
	}

	Long id() {
		return this.id;
	}

	UUID publicId() {
		return this.publicId;
	}

	long version() {
		return this.version;
	}

	Long indicatorId() {
		return this.indicatorId;
	}

	SubjectKind subjectKind() {
		return this.subjectKind;
	}

	UUID subjectId() {
		return this.subjectId;
	}

	UUID organizationId() {
		return this.organizationId;
	}

	BigDecimal baselineValue() {
		return this.baselineValue;
	}

	LocalDate baselineOn() {
		return this.baselineOn;
	}

	BigDecimal targetValue() {
		return this.targetValue;
	}

	LocalDate targetOn() {
		return this.targetOn;
	}

	Frequency frequency() {
		return this.frequency;
	}

	PeriodCalendar calendar() {
		return this.calendar;
	}

	BigDecimal actualValue() {
		return this.actualValue;
	}

	LocalDate actualThrough() {
		return this.actualThrough;
	}

	LocalDate reportedThrough() {
		return this.reportedThrough;
	}

	int approvedCount() {
		return this.approvedCount;
	}

	int pendingCount() {
		return this.pendingCount;
	}

}
