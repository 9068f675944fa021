package org.ortak.plans;

import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ortak.shared.Text;

/**
 * A plan: a strategy document with its titles, owner, period and status, the document
 * that adopted it, and the user accounts that keep it. Its items are {@link PlanItem}s.
 */
@Entity
@Table(name = "plan")
class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	private String code;

	private String language;

	@ElementCollection
	@CollectionTable(name = "plan_title", joinColumns = @JoinColumn(name = "plan_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "title")
	private Map<String, String> titles = new HashMap<>();

	@Column(name = "search_key")
	private String searchKey;

	private String description;

	@Column(name = "owner_organization_id")
	private UUID ownerOrganizationId;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(name = "adopted_by_name")
	private String adoptedByName;

	@Column(name = "adopted_by_number")
	private String adoptedByNumber;

	@Column(name = "adopted_on")
	private LocalDate adoptedOn;

	@ElementCollection
	@CollectionTable(name = "plan_coordinator", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "username")
	private Set<String> coordinators = new LinkedHashSet<>();

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected Plan() {
	}

	Plan(Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(PlanDraft draft, List<String> coordinators, Instant now, String by) {
		this.code = draft.code();
		this.language = draft.titles().keySet().iterator().next();
		this.titles.keySet().retainAll(draft.titles().keySet());
		this.titles.putAll(draft.titles());
		List<String> texts = new ArrayList<>(draft.titles().values());
		texts.add(draft.code());
		this.searchKey = Text.matchKeyOf(texts, 1600);
		this.description = draft.description();
		this.ownerOrganizationId = draft.ownerOrganizationId();
		this.status = draft.status();
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		this.adoptedByName = draft.adoptedByName();
		this.adoptedByNumber = draft.adoptedByNumber();
		this.adoptedOn = draft.adoptedOn();
		this.coordinators.clear();
		this.coordinators.addAll(coordinators);
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

	String code() {
		return this.code;
	}

	String language() {
		return this.language;
	}

	Map<String, String> titles() {
		return this.titles;
	}

	String description() {
		return this.description;
	}

	UUID ownerOrganizationId() {
		return this.ownerOrganizationId;
	}

	PlanStatus status() {
		return this.status;
	}

	LocalDate startsOn() {
		return this.startsOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	String adoptedByName() {
		return this.adoptedByName;
	}

	String adoptedByNumber() {
		return this.adoptedByNumber;
	}

	LocalDate adoptedOn() {
		return this.adoptedOn;
	}

	Set<String> coordinators() {
		return this.coordinators;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
