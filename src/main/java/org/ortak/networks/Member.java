package org.ortak.networks;

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
 * A member of a network: an organization of the register or a person, in a role, from the
 * day it joined until the day it left (either unknown).
 */
@Entity
@Table(name = "network_member")
class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "network_id", nullable = false, updatable = false)
	private Long networkId;

	@Column(name = "organization_id", updatable = false)
	private UUID organizationId;

	@Column(name = "person_id", updatable = false)
	private UUID personId;

	@Enumerated(EnumType.STRING)
	private MemberRole role;

	@Column(name = "joined_on")
	private LocalDate joinedOn;

	@Column(name = "left_on")
	private LocalDate leftOn;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	protected Member() {
	}

	Member(Long networkId, MemberDraft draft, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.networkId = networkId;
		this.organizationId = draft.organizationId();
		this.personId = draft.personId();
		this.role = draft.role();
		this.joinedOn = draft.joinedOn();
		this.leftOn = draft.leftOn();
		this.createdAt = now;
		this.createdBy = by;
	}

	void change(MemberRole role, LocalDate joinedOn, LocalDate leftOn) {
		this.role = role;
		this.joinedOn = joinedOn;
		this.leftOn = leftOn;
	}

	/** Whether its time in the network and the given one share a day. */
	boolean overlaps(LocalDate from, LocalDate to) {
		boolean startsBeforeOtherEnds = this.joinedOn == null || to == null || !this.joinedOn.isAfter(to);
		boolean otherStartsBeforeEnd = this.leftOn == null || from == null || !from.isAfter(this.leftOn);
		return startsBeforeOtherEnds && otherStartsBeforeEnd;
	}

	/** A member on the day: joined by then (or unknown), not yet left. */
	boolean currentOn(LocalDate day) {
		return (this.joinedOn == null || !this.joinedOn.isAfter(day))
				&& (this.leftOn == null || !this.leftOn.isBefore(day));
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

	UUID organizationId() {
		return this.organizationId;
	}

	UUID personId() {
		return this.personId;
	}

	MemberRole role() {
		return this.role;
	}

	LocalDate joinedOn() {
		return this.joinedOn;
	}

	LocalDate leftOn() {
		return this.leftOn;
	}

}
