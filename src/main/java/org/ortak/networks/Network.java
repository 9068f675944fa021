package org.ortak.networks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A network: its kind, name and purpose by language (the first written is its own), its
 * region, the organization that coordinates it and the one that embodies it, its road
 * map, its coordinators' accounts, and the events and series that are its meetings.
 */
@Entity
@Table(name = "network")
class Network {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private NetworkKind kind;

	private String language;

	private String name;

	@Column(name = "region_id")
	private UUID regionId;

	@Column(name = "coordinator_organization_id")
	private UUID coordinatorOrganizationId;

	@Column(name = "organization_id")
	private UUID organizationId;

	@ElementCollection
	@CollectionTable(name = "network_text", joinColumns = @JoinColumn(name = "network_id"))
	@MapKeyColumn(name = "language")
	private Map<String, NetworkText> texts = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "network_coordinator", joinColumns = @JoinColumn(name = "network_id"))
	@Column(name = "username")
	private Set<String> coordinators = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "network_milestone", joinColumns = @JoinColumn(name = "network_id"))
	@OrderColumn(name = "position")
	private List<Milestone> milestones = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "network_event", joinColumns = @JoinColumn(name = "network_id"))
	@Column(name = "event_id")
	private Set<UUID> events = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "network_series", joinColumns = @JoinColumn(name = "network_id"))
	@Column(name = "series_id")
	private Set<UUID> series = new LinkedHashSet<>();

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected Network() {
	}

	Network(Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(NetworkDraft draft, Instant now, String by) {
		this.kind = draft.kind();
		this.language = draft.languages().get(0);
		this.name = draft.names().get(this.language);
		this.texts.clear();
		draft.names().forEach((code, name) -> this.texts.put(code, NetworkText.of(name, draft.purposes().get(code))));
		this.regionId = draft.regionId();
		this.coordinatorOrganizationId = draft.coordinatorOrganizationId();
		this.organizationId = draft.organizationId();
		this.milestones.clear();
		this.milestones.addAll(draft.milestones());
		this.events.clear();
		this.events.addAll(draft.events());
		this.series.clear();
		this.series.addAll(draft.series());
		this.updatedAt = now;
		this.updatedBy = by;
	}

	void coordinate(Set<String> usernames) {
		this.coordinators.clear();
		this.coordinators.addAll(usernames);
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

	NetworkKind kind() {
		return this.kind;
	}

	String language() {
		return this.language;
	}

	String name() {
		return this.name;
	}

	UUID regionId() {
		return this.regionId;
	}

	UUID coordinatorOrganizationId() {
		return this.coordinatorOrganizationId;
	}

	UUID organizationId() {
		return this.organizationId;
	}

	Map<String, NetworkText> texts() {
		return this.texts;
	}

	Set<String> coordinators() {
		return Set.copyOf(this.coordinators);
	}

	List<Milestone> milestones() {
		return List.copyOf(this.milestones);
	}

	Set<UUID> events() {
		return Set.copyOf(this.events);
	}

	Set<UUID> series() {
		return Set.copyOf(this.series);
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
