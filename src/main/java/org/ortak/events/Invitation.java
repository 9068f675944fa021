package org.ortak.events;

import java.time.Instant;
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
 * An invitation to an event: of a person of the register, or of an organization whose
 * people each register through its link; in the language its mail is written in.
 */
@Entity
@Table(name = "event_invitation")
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "event_id", nullable = false, updatable = false)
	private Long eventId;

	@Column(name = "person_id", updatable = false)
	private UUID personId;

	@Column(name = "organization_id", updatable = false)
	private UUID organizationId;

	private String language;

	@Enumerated(EnumType.STRING)
	private InvitationStatus status;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "invited_at", updatable = false)
	private Instant invitedAt;

	@Column(name = "invited_by", updatable = false)
	private String invitedBy;

	@Column(name = "responded_at")
	private Instant respondedAt;

	protected Invitation() {
	}

	Invitation(Long eventId, UUID personId, UUID organizationId, String language, Instant at, String by) {
		this.publicId = UUID.randomUUID();
		this.eventId = eventId;
		this.personId = personId;
		this.organizationId = organizationId;
		this.language = language;
		this.status = InvitationStatus.INVITED;
		this.invitedAt = at;
		this.invitedBy = by;
	}

	void link(String tokenHash) {
		this.tokenHash = tokenHash;
	}

	/**
	 * Taken up: a person's invitation once, an organization's stays open to its people.
	 */
	void accept(Instant at) {
		this.status = InvitationStatus.ACCEPTED;
		this.respondedAt = at;
	}

	void decline(Instant at) {
		this.status = InvitationStatus.DECLINED;
		this.respondedAt = at;
	}

	Long id() {
		return this.id;
	}

	UUID publicId() {
		return this.publicId;
	}

	Long eventId() {
		return this.eventId;
	}

	UUID personId() {
		return this.personId;
	}

	UUID organizationId() {
		return this.organizationId;
	}

	String language() {
		return this.language;
	}

	InvitationStatus status() {
		return this.status;
	}

	Instant invitedAt() {
		return this.invitedAt;
	}

	String invitedBy() {
		return this.invitedBy;
	}

	Instant respondedAt() {
		return this.respondedAt;
	}

}
