package org.ortak.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A target's value for one period and one revision: its total and parts by dimension,
 * comment and evidence, who submitted it and who approved or returned it.
 */
@Entity
@Table(name = "indicator_value")
class IndicatorValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "target_id", updatable = false)
	private Long targetId;

	@Column(name = "period_code", updatable = false)
	private String periodCode;

	@Column(name = "period_start", updatable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", updatable = false)
	private LocalDate periodEnd;

	@Column(updatable = false)
	private int revision;

	private BigDecimal amount;

	@ElementCollection
	@CollectionTable(name = "indicator_value_part", joinColumns = @JoinColumn(name = "value_id"))
	@OrderColumn(name = "position")
	private List<ValuePart> parts = new ArrayList<>();

	private String comment;

	private String evidence;

	@Enumerated(EnumType.STRING)
	private ValueStatus status;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by")
	private String submittedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "review_note")
	private String reviewNote;

	protected IndicatorValue() {
	}

	IndicatorValue(Long targetId, Period period, int revision) {
		this.publicId = UUID.randomUUID();
		this.targetId = targetId;
		this.periodCode = period.code();
		this.periodStart = period.start();
		this.periodEnd = period.end();
		this.revision = revision;
	}

	void submit(ValueEntry entry, Instant now, String by) {
		this.amount = entry.amount();
		this.parts.clear();
		this.parts.addAll(entry.parts());
		this.comment = entry.comment();
		this.evidence = entry.evidence();
		this.status = ValueStatus.SUBMITTED;
		this.submittedAt = now;
		this.submittedBy = by;
		this.reviewedAt = null;
		this.reviewedBy = null;
		this.reviewNote = null;
	}

	void review(ValueStatus to, String note, Instant now, String by) {
		this.status = to;
		this.reviewNote = note;
		this.reviewedAt = now;
		this.reviewedBy = by;
	}

	void supersede() {
		this.status = ValueStatus.SUPERSEDED;
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

	Long targetId() {
		return this.targetId;
	}

	String periodCode() {
		return this.periodCode;
	}

	LocalDate periodStart() {
		return this.periodStart;
	}

	LocalDate periodEnd() {
		return this.periodEnd;
	}

	int revision() {
		return this.revision;
	}

	BigDecimal amount() {
		return this.amount;
	}

	List<ValuePart> parts() {
		return this.parts;
	}

	String comment() {
		return this.comment;
	}

	String evidence() {
		return this.evidence;
	}

	ValueStatus status() {
		return this.status;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	String submittedBy() {
		return this.submittedBy;
	}

	Instant reviewedAt() {
		return this.reviewedAt;
	}

	String reviewedBy() {
		return this.reviewedBy;
	}

	String reviewNote() {
		return this.reviewNote;
	}

}
