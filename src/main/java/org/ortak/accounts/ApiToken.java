package org.ortak.accounts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A personal API token of a user. Only its SHA-256 hash is kept; the token itself is
 * shown once, when issued.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "user_id")
	private User user;

	private String name;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "token_prefix")
	private String tokenPrefix;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(User user, String name, String tokenHash, String tokenPrefix, Instant expiresAt, String createdBy,
			Instant now) {
		this.publicId = UUID.randomUUID();
		this.user = user;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.expiresAt = expiresAt;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	boolean isValidAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt))
				&& this.user.enabled();
	}

	/**
	 * Notes the use, at most every few minutes, so that reads do not all become writes.
	 */
	void usedAt(Instant now) {
		if (this.lastUsedAt == null || this.lastUsedAt.isBefore(now.minusSeconds(300))) {
			this.lastUsedAt = now;
		}
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	UUID publicId() {
		return this.publicId;
	}

	User user() {
		return this.user;
	}

	String name() {
		return this.name;
	}

	String tokenPrefix() {
		return this.tokenPrefix;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	String createdBy() {
		return this.createdBy;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	Instant revokedAt() {
		return this.revokedAt;
	}

}
