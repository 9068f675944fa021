package org.ortak.volunteering;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signed up for an opportunity, the organization they come from, and the
 * hash of their private link (the link itself is only ever in their hands).
 */
@Entity
@Table(name = "volunteer_signup")
class Signup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "opportunity_id", updatable = false)
	private Long opportunityId;

	@Column(name = "person_id", updatable = false)
	private UUID personId;

	@Column(name = "company_id")
	private UUID companyId;

	@Column(name = "token_hash")
	private String tokenHash;

	private boolean withdrawn;

	@Column(name = "signed_up_at", updatable = false)
	private Instant signedUpAt;

	protected Signup() {
	}

	Signup(Long opportunityId, UUID personId, UUID companyId, String tokenHash, Instant now) {
		this.publicId = UUID.randomUUID();
		this.opportunityId = opportunityId;
		this.personId = personId;
		this.companyId = companyId;
		this.tokenHash = tokenHash;
		this.signedUpAt = now;
	}

	void withdraw() {
		this.withdrawn = true;
	}

	void rejoin(UUID companyId) {
		this.withdrawn = false;
		this.companyId = companyId;
	}

	/** A new link; the old one no longer opens anything. */
	void relink(String tokenHash) {
		this.tokenHash = tokenHash;
	}

	Long id() {
		return this.id;
	}

	UUID publicId() {
		return this.publicId;
	}

	Long opportunityId() {
		return this.opportunityId;
	}

	UUID personId() {
		return this.personId;
	}

	UUID companyId() {
		return this.companyId;
	}

	boolean withdrawn() {
		return this.withdrawn;
	}

	Instant signedUpAt() {
		return this.signedUpAt;
	}

}
