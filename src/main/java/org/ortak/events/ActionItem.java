package org.ortak.events;

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
 * Who does what next after an event, by when: a person or an organization owns it, and it
 * is followed up on the board until done or dropped.
 */
@Entity
@Table(name = "action_item")
class ActionItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "event_id", updatable = false)
	private Long eventId;

	@Column(name = "topic_id")
	private Long topicId;

	private String title;

	@Column(name = "owner_person_id")
	private UUID ownerPersonId;

	@Column(name = "owner_organization_id")
	private UUID ownerOrganizationId;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	private String note;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected ActionItem() {
	}

	ActionItem(Long eventId, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.eventId = eventId;
		this.createdAt = now;
		this.createdBy = by;
		this.status = ActionStatus.OPEN;
	}

	void apply(ActionDraft draft, Long topicId, Instant now, String by) {
		this.title = draft.title();
		this.topicId = topicId;
		this.ownerPersonId = draft.ownerPersonId();
		this.ownerOrganizationId = draft.ownerOrganizationId();
		this.dueOn = draft.dueOn();
		this.status = (draft.status() != null) ? draft.status() : this.status;
		this.note = draft.note();
		this.updatedAt = now;
		this.updatedBy = by;
	}

	void move(ActionStatus status, Instant now, String by) {
		this.status = status;
		this.updatedAt = now;
		this.updatedBy = by;
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

	Long eventId() {
		return this.eventId;
	}

	Long topicId() {
		return this.topicId;
	}

	String title() {
		return this.title;
	}

	UUID ownerPersonId() {
		return this.ownerPersonId;
	}

	UUID ownerOrganizationId() {
		return this.ownerOrganizationId;
	}

	LocalDate dueOn() {
		return this.dueOn;
	}

	ActionStatus status() {
		return this.status;
	}

	String note() {
		return this.note;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
