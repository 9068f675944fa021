package org.ortak.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone's registration for an event: a place or a place in the waiting line, and a
 * private link (kept only as its hash) to see, cancel and take the event to a calendar.
 * Who they are lives in the {@code people} module.
 */
@Entity
@Table(name = "registration")
class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Column(name = "event_id", updatable = false)
	private Long eventId;

	@Column(name = "person_id")
	private UUID personId;

	@Column(name = "email_key")
	private String emailKey;

	@Column(name = "organization_id")
	private UUID organizationId;

	@Column(name = "organization_name")
	private String organizationName;

	private String function;

	private String needs;

	@Column(name = "needs_note")
	private String needsNote;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	@Enumerated(EnumType.STRING)
	private RegistrationSource source;

	@Column(name = "invitation_id")
	private Long invitationId;

	@Column(name = "token_hash")
	private String tokenHash;

	private String language;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(name = "status_at")
	private Instant statusAt;

	@Column(name = "checked_in_at")
	private Instant checkedInAt;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	protected Registration() {
	}

	/** A new registration; its link is set ({@link #link}) before it is saved. */
	Registration(Long eventId, UUID personId, String emailKey, RegistrationDraft draft, RegistrationSource source,
			RegistrationStatus status, String language, Instant now) {
		this.publicId = UUID.randomUUID();
		this.eventId = eventId;
		this.emailKey = emailKey;
		this.source = source;
		renew(personId, draft, status, language, now);
	}

	/**
	 * A cancelled registration taken up again, perhaps by another person of the address:
	 * a new place in line, a new link.
	 */
	void renew(UUID personId, RegistrationDraft draft, RegistrationStatus status, String language, Instant now) {
		this.personId = personId;
		this.organizationId = draft.organizationId();
		this.organizationName = draft.organizationName();
		this.function = draft.function();
		this.needs = draft.needs().isEmpty() ? null
				: draft.needs().stream().map(Need::name).sorted().collect(Collectors.joining(","));
		this.needsNote = draft.needsNote();
		this.language = language;
		this.registeredAt = now;
		this.status = status;
		this.statusAt = now;
		this.checkedInAt = null;
		this.remindedAt = null;
	}

	void cancel(Instant now) {
		this.status = RegistrationStatus.CANCELLED;
		this.statusAt = now;
	}

	void promote(Instant now) {
		this.status = RegistrationStatus.CONFIRMED;
		this.statusAt = now;
	}

	/** The invitation it came through; none for another way in. */
	void through(Invitation invitation) {
		this.invitationId = (invitation != null) ? invitation.id() : null;
	}

	void link(String tokenHash) {
		this.tokenHash = tokenHash;
	}

	void checkIn(Instant now) {
		this.checkedInAt = now;
	}

	void reminded(Instant now) {
		this.remindedAt = now;
	}

	/** What names or reaches its person goes; the place and its organization stay. */
	void anonymize() {
		this.emailKey = "erased:" + this.publicId;
		this.function = null;
		this.needs = null;
		this.needsNote = null;
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

	String organizationName() {
		return this.organizationName;
	}

	String function() {
		return this.function;
	}

	Set<Need> needs() {
		return (this.needs == null) ? EnumSet.noneOf(Need.class)
				: Arrays.stream(this.needs.split(","))
					.map(Need::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Need.class)));
	}

	String needsNote() {
		return this.needsNote;
	}

	RegistrationStatus status() {
		return this.status;
	}

	RegistrationSource source() {
		return this.source;
	}

	String language() {
		return this.language;
	}

	Instant registeredAt() {
		return this.registeredAt;
	}

	Instant statusAt() {
		return this.statusAt;
	}

	Instant checkedInAt() {
		return this.checkedInAt;
	}

}
