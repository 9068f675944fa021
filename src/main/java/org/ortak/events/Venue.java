package org.ortak.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ortak.shared.Text;

/**
 * A place where events are held: an address and a point, the time zone its events' times
 * are in, and optionally the organization whose premises it is.
 */
@Entity
@Table(name = "venue")
class Venue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	private String name;

	@Column(name = "name_key")
	private String nameKey;

	private String address;

	@Column(name = "region_id")
	private UUID regionId;

	private Double latitude;

	private Double longitude;

	@Column(name = "organization_id")
	private UUID organizationId;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	protected Venue() {
	}

	Venue(VenueDraft draft, Instant now) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		apply(draft);
	}

	void apply(VenueDraft draft) {
		this.name = draft.name();
		this.nameKey = Text.matchKey(draft.name());
		this.address = draft.address();
		this.regionId = draft.regionId();
		this.latitude = draft.latitude();
		this.longitude = draft.longitude();
		this.organizationId = draft.organizationId();
		this.timeZone = draft.timeZone().getId();
	}

	VenueView view() {
		return new VenueView(this.publicId, this.version, this.name, this.address, this.regionId, this.latitude,
				this.longitude, this.organizationId, this.timeZone);
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

	String address() {
		return this.address;
	}

	UUID regionId() {
		return this.regionId;
	}

	ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

}
