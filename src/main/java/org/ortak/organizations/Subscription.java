package org.ortak.organizations;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone's wish to hear of changes in an area, by e-mail: kept unconfirmed until they
 * follow the link mailed to them, and gone when they unsubscribe. Its address is never
 * shown.
 */
@Entity
@Table(name = "subscription")
class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id")
	private UUID publicId;

	private String email;

	private String language;

	@Column(name = "region_id")
	private UUID regionId;

	@Column(name = "region_path")
	private String regionPath;

	private Double west;

	private Double south;

	private Double east;

	private Double north;

	private String kinds;

	@Column(name = "confirm_hash")
	private String confirmHash;

	@Column(name = "unsubscribe_token")
	private String unsubscribeToken;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "last_digest_at")
	private Instant lastDigestAt;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Subscription() {
	}

	Subscription(String email, String language, UUID regionId, String regionPath, MapGrid.Box box,
			Set<OrganizationKind> kinds, String confirmHash, String unsubscribeToken, Instant now) {
		this.publicId = UUID.randomUUID();
		this.email = email;
		this.language = language;
		this.regionId = regionId;
		this.regionPath = regionPath;
		if (box != null) {
			this.west = box.west();
			this.south = box.south();
			this.east = box.east();
			this.north = box.north();
		}
		this.kinds = kinds.isEmpty() ? null : kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.confirmHash = confirmHash;
		this.unsubscribeToken = unsubscribeToken;
		this.createdAt = now;
	}

	/** Confirmed once; the digest counts changes from then on. */
	void confirm(Instant now) {
		if (this.confirmedAt == null) {
			this.confirmedAt = now;
			this.lastDigestAt = now;
		}
	}

	void digested(Instant now) {
		this.lastDigestAt = now;
	}

	String email() {
		return this.email;
	}

	String language() {
		return this.language;
	}

	String regionPath() {
		return this.regionPath;
	}

	MapGrid.Box box() {
		return (this.west != null) ? new MapGrid.Box(this.west, this.south, this.east, this.north) : null;
	}

	Set<OrganizationKind> kinds() {
		if (this.kinds == null) {
			return EnumSet.allOf(OrganizationKind.class);
		}
		return Arrays.stream(this.kinds.split(","))
			.map(OrganizationKind::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganizationKind.class)));
	}

	Instant lastDigestAt() {
		return this.lastDigestAt;
	}

	boolean confirmed() {
		return this.confirmedAt != null;
	}

	String unsubscribeToken() {
		return this.unsubscribeToken;
	}

}
