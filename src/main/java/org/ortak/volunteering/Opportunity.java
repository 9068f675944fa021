package org.ortak.volunteering;

import java.time.Instant;
import java.time.LocalDate;
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
 * A volunteering opportunity: the organization that receives the volunteers (and confirms
 * their hours), the network that publishes it, what, where, when, the skills asked for,
 * how many are wanted, and whether it still takes sign-ups.
 */
@Entity
@Table(name = "volunteer_opportunity")
class Opportunity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "organization_id")
	private UUID organizationId;

	@Column(name = "network_id")
	private UUID networkId;

	private String language;

	private String title;

	@Column(name = "title_key")
	private String titleKey;

	private String description;

	private String place;

	@Column(name = "region_id")
	private UUID regionId;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	private String skills;

	private Integer wanted;

	private boolean open;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected Opportunity() {
	}

	Opportunity(Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(OpportunityDraft draft, Instant now, String by) {
		this.organizationId = draft.organizationId();
		this.networkId = draft.networkId();
		this.language = draft.language();
		this.title = draft.title();
		this.titleKey = Text.matchKey(draft.title(), 300);
		this.description = draft.description();
		this.place = draft.place();
		this.regionId = draft.regionId();
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		this.skills = draft.skills();
		this.wanted = draft.wanted();
		this.open = draft.open();
		this.updatedAt = now;
		this.updatedBy = by;
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

	UUID organizationId() {
		return this.organizationId;
	}

	UUID networkId() {
		return this.networkId;
	}

	String language() {
		return this.language;
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	String place() {
		return this.place;
	}

	UUID regionId() {
		return this.regionId;
	}

	LocalDate startsOn() {
		return this.startsOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	String skills() {
		return this.skills;
	}

	Integer wanted() {
		return this.wanted;
	}

	boolean open() {
		return this.open;
	}

	String createdBy() {
		return this.createdBy;
	}

}
