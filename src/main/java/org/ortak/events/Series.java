package org.ortak.events;

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
 * A series of events held in numbered editions, often hosted in turn (the Bursa
 * workshops, a thematic group's meetings I, II, …).
 */
@Entity
@Table(name = "series")
class Series {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	private String name;

	private String description;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	protected Series() {
	}

	Series(String name, String description, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		this.createdBy = by;
		rename(name, description);
	}

	void rename(String name, String description) {
		this.name = name;
		this.description = description;
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

	String name() {
		return this.name;
	}

	String description() {
		return this.description;
	}

}
