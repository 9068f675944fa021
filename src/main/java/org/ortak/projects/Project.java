package org.ortak.projects;

import java.math.BigDecimal;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ortak.shared.Text;

/**
 * A project: its titles, implementer, partners, funding, period, target regions and
 * groups, the programme and network it belongs to, its activities (events by public id)
 * and the accounts that keep it.
 */
@Entity
@Table(name = "project")
class Project {

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
	@CollectionTable(name = "project_title", joinColumns = @JoinColumn(name = "project_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "title")
	private Map<String, String> titles = new HashMap<>();

	@Column(name = "search_key")
	private String searchKey;

	private String description;

	private String objectives;

	@Enumerated(EnumType.STRING)
	private ProjectStatus status;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(name = "implementer_id")
	private UUID implementerId;

	@Column(name = "funder_id")
	private UUID funderId;

	@Column(name = "funder_name")
	private String funderName;

	@Column(name = "funding_programme")
	private String fundingProgramme;

	@Column(name = "funding_axis")
	private String fundingAxis;

	@Column(name = "funding_action")
	private String fundingAction;

	@Column(name = "funding_sub_action")
	private String fundingSubAction;

	private BigDecimal budget;

	private String currency;

	@Column(name = "co_financing_percent")
	private BigDecimal coFinancingPercent;

	@Column(name = "plan_item_id")
	private UUID planItemId;

	@Column(name = "network_id")
	private UUID networkId;

	@ElementCollection
	@CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<Partner> partners = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_region", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "region_id")
	private Set<UUID> regions = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "project_group", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<TargetGroup> groups = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_event", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "event_id")
	private Set<UUID> events = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "project_coordinator", joinColumns = @JoinColumn(name = "project_id"))
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

	protected Project() {
	}

	Project(Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(ProjectDraft draft, List<String> coordinators, Instant now, String by) {
		this.code = draft.code();
		this.language = draft.titles().keySet().iterator().next();
		this.titles.keySet().retainAll(draft.titles().keySet());
		this.titles.putAll(draft.titles());
		List<String> texts = new ArrayList<>(draft.titles().values());
		texts.add(draft.code());
		this.searchKey = Text.matchKeyOf(texts, 1600);
		this.description = draft.description();
		this.objectives = draft.objectives();
		this.status = draft.status();
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		this.implementerId = draft.implementerId();
		Funding funding = draft.funding();
		this.funderId = funding.funderId();
		this.funderName = funding.funderName();
		this.fundingProgramme = funding.programme();
		this.fundingAxis = funding.axis();
		this.fundingAction = funding.action();
		this.fundingSubAction = funding.subAction();
		this.budget = funding.budget();
		this.currency = funding.currency();
		this.coFinancingPercent = funding.coFinancingPercent();
		this.planItemId = draft.planItemId();
		this.networkId = draft.networkId();
		this.partners.clear();
		this.partners.addAll(draft.partners());
		this.regions.clear();
		this.regions.addAll(draft.regions());
		this.groups.clear();
		this.groups.addAll(draft.groups());
		this.events.clear();
		this.events.addAll(draft.events());
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

	String objectives() {
		return this.objectives;
	}

	ProjectStatus status() {
		return this.status;
	}

	LocalDate startsOn() {
		return this.startsOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	UUID implementerId() {
		return this.implementerId;
	}

	Funding funding() {
		return new Funding(this.funderId, this.funderName, this.fundingProgramme, this.fundingAxis, this.fundingAction,
				this.fundingSubAction, this.budget, this.currency, this.coFinancingPercent);
	}

	UUID planItemId() {
		return this.planItemId;
	}

	UUID networkId() {
		return this.networkId;
	}

	List<Partner> partners() {
		return this.partners;
	}

	Set<UUID> regions() {
		return this.regions;
	}

	List<TargetGroup> groups() {
		return this.groups;
	}

	Set<UUID> events() {
		return this.events;
	}

	Set<String> coordinators() {
		return this.coordinators;
	}

	/** The organizations that carry it out: its implementer and its partners. */
	Set<UUID> carriers() {
		Set<UUID> carriers = new LinkedHashSet<>();
		carriers.add(this.implementerId);
		this.partners.forEach((p) -> carriers.add(p.organizationId()));
		return carriers;
	}

}
