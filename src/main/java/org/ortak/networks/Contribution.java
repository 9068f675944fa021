package org.ortak.networks;

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

/** A line of the contributions ledger: who gave what, to which network, when. */
@Entity
@Table(name = "contribution")
class Contribution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "network_id", updatable = false)
	private Long networkId;

	@Column(name = "event_id")
	private UUID eventId;

	@Column(name = "organization_id")
	private UUID organizationId;

	@Column(name = "project_id")
	private UUID projectId;

	@Column(name = "person_id")
	private UUID personId;

	@Enumerated(EnumType.STRING)
	private ContributionKind kind;

	@Enumerated(EnumType.STRING)
	private ContributionStatus status;

	@Enumerated(EnumType.STRING)
	private ContributionVisibility visibility;

	@Column(name = "contributed_on")
	private LocalDate contributedOn;

	private String description;

	private BigDecimal amount;

	private String currency;

	private BigDecimal hours;

	private String field;

	private Integer persons;

	@Column(name = "evidence_key")
	private String evidenceKey;

	@Column(name = "evidence_type")
	private String evidenceType;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected Contribution() {
	}

	Contribution(Long networkId, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.networkId = networkId;
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(ContributionDraft draft, Instant now, String by) {
		this.eventId = draft.eventId();
		this.projectId = draft.projectId();
		this.organizationId = draft.organizationId();
		this.personId = draft.personId();
		this.kind = draft.kind();
		this.status = draft.status();
		this.visibility = draft.visibility();
		this.contributedOn = draft.contributedOn();
		this.description = draft.description();
		this.amount = draft.amount();
		this.currency = draft.currency();
		this.hours = draft.hours();
		this.field = draft.field();
		this.persons = draft.persons();
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** Its evidence, in place of what it had; answers the key it had, if any. */
	String evidence(String key, String mediaType) {
		String old = this.evidenceKey;
		this.evidenceKey = key;
		this.evidenceType = mediaType;
		return old;
	}

	/**
	 * What may name or show its giver goes; answers the evidence's key, if it had one.
	 */
	String forget() {
		this.description = null;
		return evidence(null, null);
	}

	String evidenceKey() {
		return this.evidenceKey;
	}

	String evidenceType() {
		return this.evidenceType;
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

	Long networkId() {
		return this.networkId;
	}

	UUID projectId() {
		return this.projectId;
	}

	UUID eventId() {
		return this.eventId;
	}

	UUID organizationId() {
		return this.organizationId;
	}

	UUID personId() {
		return this.personId;
	}

	ContributionKind kind() {
		return this.kind;
	}

	ContributionStatus status() {
		return this.status;
	}

	ContributionVisibility visibility() {
		return this.visibility;
	}

	LocalDate contributedOn() {
		return this.contributedOn;
	}

	String description() {
		return this.description;
	}

	BigDecimal amount() {
		return this.amount;
	}

	String currency() {
		return this.currency;
	}

	BigDecimal hours() {
		return this.hours;
	}

	String field() {
		return this.field;
	}

	Integer persons() {
		return this.persons;
	}

}
