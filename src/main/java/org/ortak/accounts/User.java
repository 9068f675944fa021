package org.ortak.accounts;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Role;

/**
 * Someone who signs in: roles, the organizations they manage, and a hashed password.
 */
@Entity
@Table(name = "app_user")
class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	private String username;

	@Column(name = "username_key")
	private String usernameKey;

	@Column(name = "display_name")
	private String displayName;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean enabled;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_organization", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "organization_id")
	private Set<UUID> organizationIds = new HashSet<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected User() {
	}

	User(String username, String passwordHash, Instant now) {
		this.publicId = UUID.randomUUID();
		this.username = username;
		this.usernameKey = UserNames.key(username);
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void describe(String displayName, String email, boolean enabled, Set<Role> roles, Set<UUID> organizationIds,
			Instant now) {
		this.displayName = displayName;
		this.email = email;
		this.enabled = enabled;
		this.roles.clear();
		this.roles.addAll(roles);
		this.organizationIds.clear();
		this.organizationIds.addAll(organizationIds);
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.updatedAt = now;
	}

	/**
	 * Changes whenever the password does, so that sessions opened before can be ended.
	 */
	String credentialsStamp() {
		return Accounts.sha256(this.passwordHash).substring(0, 16);
	}

	Actor actor() {
		return new Actor(this.username, this.roles, this.organizationIds);
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

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	String email() {
		return this.email;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean enabled() {
		return this.enabled;
	}

	Set<Role> roles() {
		return Set.copyOf(this.roles);
	}

	/** Manages the survivor of a merge instead of the duplicate folded into it. */
	void manageInstead(UUID merged, UUID survivor) {
		if (this.organizationIds.remove(merged)) {
			this.organizationIds.add(survivor);
		}
	}

	Set<UUID> organizationIds() {
		return Set.copyOf(this.organizationIds);
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
