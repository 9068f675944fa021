package org.ortak.regions;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A place in the hierarchy. Its path lists the public ids from the country down to itself
 * ({@code /country/province/district/}), so "this region and everything in it" is a
 * prefix.
 */
@Entity
@Table(name = "region")
@Audited
class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Region parent;

	@Enumerated(EnumType.STRING)
	private RegionLevel level;

	private String name;

	private String code;

	// follows the parent, whose own change the history shows
	@NotAudited
	private String path;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Region() {
	}

	Region(Region parent, String name, String code, Instant now) {
		this.publicId = UUID.randomUUID();
		this.parent = parent;
		this.level = (parent != null) ? parent.level.child() : RegionLevel.COUNTRY;
		this.name = name;
		this.code = code;
		this.path = pathUnder(parent);
		this.createdAt = now;
		this.updatedAt = now;
	}

	private String pathUnder(Region parent) {
		return ((parent != null) ? parent.path : "/") + this.publicId + "/";
	}

	void rename(String name, String code, Instant now) {
		this.name = name;
		this.code = code;
		this.updatedAt = now;
	}

	/**
	 * Moves under another parent of the same level as the old one; returns the old path.
	 */
	String moveUnder(Region newParent, Instant now) {
		String oldPath = this.path;
		this.parent = newParent;
		this.path = pathUnder(newParent);
		this.updatedAt = now;
		return oldPath;
	}

	/** Follows an ancestor's move. */
	void rebase(String oldPrefix, String newPrefix) {
		this.path = newPrefix + this.path.substring(oldPrefix.length());
	}

	boolean isWithin(Region other) {
		return this.path.startsWith(other.path);
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

	Region parent() {
		return this.parent;
	}

	RegionLevel level() {
		return this.level;
	}

	String name() {
		return this.name;
	}

	String code() {
		return this.code;
	}

	String path() {
		return this.path;
	}

	int depth() {
		return this.level.ordinal();
	}

}
