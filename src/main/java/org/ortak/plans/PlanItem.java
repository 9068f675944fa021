package org.ortak.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * An item of a plan's tree: a strategy, a programme under it, an action under that, a
 * task under an action (its depth says which), with its code, titles, period, status and
 * the organizations responsible for it.
 */
@Entity
@Table(name = "plan_item")
class PlanItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Column(name = "plan_id", updatable = false)
	private Long planId;

	@Column(name = "parent_id")
	private Long parentId;

	private int depth;

	private int position;

	private String code;

	private String language;

	@ElementCollection
	@CollectionTable(name = "plan_item_title", joinColumns = @JoinColumn(name = "item_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "title")
	private Map<String, String> titles = new HashMap<>();

	private String description;

	@Enumerated(EnumType.STRING)
	private ItemStatus status;

	private boolean example;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@ElementCollection
	@CollectionTable(name = "plan_item_agency", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	private List<Agency> agencies = new ArrayList<>();

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected PlanItem() {
	}

	PlanItem(Long planId, Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.planId = planId;
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(ItemDraft draft, Long parentId, int depth, Instant now, String by) {
		this.parentId = parentId;
		this.depth = depth;
		this.position = (draft.position() != null) ? draft.position() : this.position;
		this.code = draft.code();
		this.language = draft.titles().keySet().iterator().next();
		this.titles.keySet().retainAll(draft.titles().keySet());
		this.titles.putAll(draft.titles());
		this.description = draft.description();
		this.status = draft.status();
		this.example = draft.example();
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		this.agencies.clear();
		this.agencies.addAll(draft.agencies());
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** Moves it to another depth when its parent moved. */
	void deepen(int depth) {
		this.depth = depth;
	}

	void place(int position) {
		this.position = position;
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

	Long planId() {
		return this.planId;
	}

	Long parentId() {
		return this.parentId;
	}

	int depth() {
		return this.depth;
	}

	int position() {
		return this.position;
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

	ItemStatus status() {
		return this.status;
	}

	boolean example() {
		return this.example;
	}

	LocalDate startsOn() {
		return this.startsOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	List<Agency> agencies() {
		return this.agencies;
	}

}
