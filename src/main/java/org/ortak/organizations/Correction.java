package org.ortak.organizations;

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

import org.ortak.shared.DomainException;

/**
 * A correction of an entry waiting for a coordinator: proposed by the organization's own
 * contact through its private link, or suggested by anyone from the public profile. A
 * confirmation through the link is kept too, already decided.
 */
@Entity
@Table(name = "correction")
class Correction {

	enum Source {

		OWN_CONTACT, PUBLIC

	}

	enum Status {

		PENDING, APPROVED, REJECTED, CONFIRMED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id")
	private UUID publicId;

	// two reviewers deciding at once: the second is told, not both obeyed
	@Version
	private long version;

	@Column(name = "organization_id")
	private UUID organizationId;

	@Enumerated(EnumType.STRING)
	private Source source;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "link_nonce")
	private String linkNonce;

	private String name;

	private String address;

	private String website;

	private String phone;

	private String email;

	private String description;

	@Column(name = "members_total")
	private Integer membersTotal;

	@Column(name = "members_women")
	private Integer membersWomen;

	@Column(name = "employees_total")
	private Integer employeesTotal;

	@Column(name = "employees_women")
	private Integer employeesWomen;

	private String message;

	private String contact;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	protected Correction() {
	}

	private Correction(UUID organizationId, Source source, Status status, String linkNonce, Instant now) {
		this.publicId = UUID.randomUUID();
		this.organizationId = organizationId;
		this.source = source;
		this.status = status;
		this.linkNonce = linkNonce;
		this.createdAt = now;
	}

	/** Changes the organization's own contact proposes through its link. */
	static Correction proposed(UUID organizationId, String linkNonce, Proposal proposal, Instant now) {
		Correction correction = new Correction(organizationId, Source.OWN_CONTACT, Status.PENDING, linkNonce, now);
		correction.name = proposal.name();
		correction.address = proposal.address();
		correction.website = proposal.website();
		correction.phone = proposal.phone();
		correction.email = proposal.email();
		correction.description = proposal.description();
		correction.membersTotal = proposal.membersTotal();
		correction.membersWomen = proposal.membersWomen();
		correction.employeesTotal = proposal.employeesTotal();
		correction.employeesWomen = proposal.employeesWomen();
		return correction;
	}

	/** The organization's own contact said the entry is right as it is. */
	static Correction confirmed(UUID organizationId, String linkNonce, Instant now) {
		Correction correction = new Correction(organizationId, Source.OWN_CONTACT, Status.CONFIRMED, linkNonce, now);
		correction.decidedAt = now;
		return correction;
	}

	/**
	 * What anyone noticed on the public profile, in their words, with how to reach them.
	 */
	static Correction suggested(UUID organizationId, String message, String contact, Instant now) {
		Correction correction = new Correction(organizationId, Source.PUBLIC, Status.PENDING, null, now);
		correction.message = message;
		correction.contact = contact;
		return correction;
	}

	void approve(String by, Instant now) {
		decide(Status.APPROVED, by, now);
	}

	void reject(String by, Instant now) {
		decide(Status.REJECTED, by, now);
	}

	private void decide(Status decision, String by, Instant now) {
		if (this.status != Status.PENDING) {
			throw new Decided();
		}
		this.status = decision;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	Proposal proposal() {
		return new Proposal(this.name, this.address, this.website, this.phone, this.email, this.description,
				this.membersTotal, this.membersWomen, this.employeesTotal, this.employeesWomen);
	}

	UUID publicId() {
		return this.publicId;
	}

	UUID organizationId() {
		return this.organizationId;
	}

	Source source() {
		return this.source;
	}

	Status status() {
		return this.status;
	}

	String message() {
		return this.message;
	}

	String contact() {
		return this.contact;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	/** Someone decided it already. */
	static class Decided extends DomainException {

		Decided() {
			super("corrections.error.decided");
		}

	}

}
