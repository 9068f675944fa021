package org.ortak.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.accounts.Staff;
import org.ortak.events.EventSummary;
import org.ortak.events.Events;
import org.ortak.events.Participants;
import org.ortak.events.Registrations;
import org.ortak.indicators.Computed;
import org.ortak.indicators.Dimension;
import org.ortak.indicators.IndicatorSource;
import org.ortak.indicators.MonitoringReport;
import org.ortak.indicators.Period;
import org.ortak.indicators.Subject;
import org.ortak.indicators.SubjectKind;
import org.ortak.indicators.TargetStatus;
import org.ortak.indicators.Targets;
import org.ortak.indicators.ValuePart;
import org.ortak.networks.Networks;
import org.ortak.organizations.Organizations;
import org.ortak.plans.Plans;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;

/**
 * Projects: made by admins and coordinators, kept by their coordinators, read as
 * {@link ProjectPolicy} allows. Their activities are counted planned and held from the
 * events themselves, their participants once each from who came, and their expected
 * results are the targets measuring them.
 */
@Service
public class Projects {

	private final ProjectRepository projects;

	private final Organizations organizations;

	private final Regions regions;

	private final Events events;

	private final Registrations registrations;

	private final Networks networks;

	private final Plans plans;

	private final Targets targets;

	private final Staff staff;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	private final org.ortak.events.Adoptions adoptions;

	private final org.ortak.networks.Contributions contributions;

	Projects(ProjectRepository projects, Organizations organizations, Regions regions, Events events,
			Registrations registrations, Networks networks, Plans plans, Targets targets, Staff staff, Clock clock,
			org.springframework.context.MessageSource messages, org.ortak.events.Adoptions adoptions,
			org.ortak.networks.Contributions contributions) {
		this.contributions = contributions;
		this.messages = messages;
		this.adoptions = adoptions;
		this.projects = projects;
		this.organizations = organizations;
		this.regions = regions;
		this.events = events;
		this.registrations = registrations;
		this.networks = networks;
		this.plans = plans;
		this.targets = targets;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * The projects the reader may see whose code or title holds the words, aimed at the
	 * region (at it, inside it or at a region it lies in) and carried out or funded by
	 * the organization, when given.
	 */
	@Transactional(readOnly = true)
	public ResultPage<ProjectSummary> search(String q, UUID region, UUID organization, int page, int size,
			Actor actor) {
		ResultPage.requireValid(page, size);
		String cleaned = Text.clean(q);
		new Violations().line("q", cleaned, 200).throwIfAny();
		String words = Text.matchKey(cleaned);
		Set<UUID> around = (region != null) ? this.regions.around(region) : Set.of();
		if (region != null && around.isEmpty()) {
			new Violations().add("region", "validation.badValue").throwIfAny();
		}
		Page<Project> found = this.projects.search(actor.isAdmin(),
				(actor.coordinatorName() != null) ? actor.coordinatorName() : "", actor.managedOrNone(),
				"%" + ((words != null) ? words : "") + "%", region == null,
				around.isEmpty() ? Set.of(new UUID(0, 0)) : around, organization, PageRequest.of(page, size));
		Map<UUID, String> names = this.organizations
			.names(found.getContent().stream().map(Project::implementerId).distinct().toList());
		Locale reader = LocaleContextHolder.getLocale();
		return new ResultPage<>(found.getContent()
			.stream()
			.map((p) -> new ProjectSummary(p.publicId(), p.code(), Language.pick(p.titles(), p.language(), reader),
					Language.pickedCode(p.titles(), p.language(), reader), p.status(), p.startsOn(), p.endsOn(),
					p.implementerId(), names.get(p.implementerId())))
			.toList(), found.getNumber(), found.getSize(), found.getTotalElements());
	}

	@Transactional(readOnly = true)
	public ProjectView get(UUID id, Actor actor) {
		return view(readable(id, actor), actor);
	}

	public void requireMayMake(Actor actor) {
		if (!ProjectPolicy.mayMake(actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
	}

	@Transactional
	public ProjectView create(ProjectDraft draft, Actor actor) {
		requireMayMake(actor);
		checked(draft, null, actor);
		Project project = new Project(now(), actor.username());
		List<String> coordinators = coordinators(draft);
		// who makes it keeps it (an admin keeps every project anyway)
		if (!actor.isAdmin() && !coordinators.contains(actor.username())) {
			coordinators.add(actor.username());
		}
		project.write(draft, coordinators, now(), actor.username());
		this.projects.saveAndFlush(project);
		return view(project, actor);
	}

	@Transactional
	public ProjectView update(UUID id, ProjectDraft draft, Long version, Actor actor) {
		Project project = kept(id, actor);
		if (version != null && version != project.version()) {
			throw new StaleVersion();
		}
		checked(draft, project, actor);
		project.write(draft, coordinators(draft), now(), actor.username());
		this.projects.flush();
		// what it adopted is shown on the events' pages while anyone may read it
		this.adoptions.reshow(org.ortak.events.AdoptedInto.PROJECT, List.of(project.publicId()),
				project.status() != ProjectStatus.DRAFT);
		// its activities or regions may have changed: so may what is computed of it
		this.targets.refresh(SubjectKind.PROJECT, List.of(project.publicId()));
		return view(project, actor);
	}

	/**
	 * The project's monitoring report for the period: its expected results as they stood
	 * at the period's end, with its activities and participants.
	 */
	@Transactional(readOnly = true)
	public MonitoringReport report(UUID id, Period period, Actor actor) {
		ProjectView project = get(id, actor);
		Locale reader = LocaleContextHolder.getLocale();
		List<String[]> facts = new ArrayList<>();
		facts.add(new String[] { message("projects.field.implementer", reader), project.implementer().name() });
		if (project.funding().funderName() != null) {
			facts.add(new String[] { message("projects.funder", reader), project.funding().funderName() });
		}
		facts.add(new String[] { message("projects.activitiesHeld", reader), this.messages.getMessage("projects.heldOf",
				new Object[] { project.heldActivities(), project.plannedActivities() }, reader) });
		facts.add(new String[] { message("projects.participants", reader),
				String.valueOf(project.participants().people()) });
		return new MonitoringReport(project.title(), facts, period.code(), period.label(reader),
				List.of(new MonitoringReport.Section(project.title(),
						this.targets.report(SubjectKind.PROJECT, List.of(project.id()), period).get(project.id()))));
	}

	private String message(String key, Locale reader) {
		return this.messages.getMessage(key, null, reader);
	}

	/**
	 * Adopts a recommendation of an event into a project its keeper keeps; with an action
	 * item owned by its implementer when asked.
	 */
	@Transactional
	public org.ortak.events.AdoptionView adopt(UUID id, UUID eventId, UUID topicId, Integer position,
			boolean withAction, Actor actor) {
		return this.adoptions.adopt(eventId, topicId, position, into(kept(id, actor)), withAction, actor);
	}

	/** Links an action item of an event (its keepers') to the project it serves. */
	@Transactional
	public org.ortak.events.AdoptionView linkAction(UUID id, UUID actionId, Actor actor) {
		return this.adoptions.link(actionId, into(kept(id, actor)), actor);
	}

	/** The project as what takes a recommendation or an action up. */
	private static org.ortak.events.Adoptions.Into into(Project project) {
		Locale reader = LocaleContextHolder.getLocale();
		return new org.ortak.events.Adoptions.Into(org.ortak.events.AdoptedInto.PROJECT, project.publicId(),
				Language.pick(project.titles(), project.language(), reader), "/projects/" + project.publicId(),
				project.status() != ProjectStatus.DRAFT, project.implementerId());
	}

	/**
	 * Where the recommendations a project took up came from, and the actions they became.
	 */
	@Transactional(readOnly = true)
	public List<org.ortak.events.AdoptionView> adoptions(UUID id, Actor actor) {
		readable(id, actor);
		return this.adoptions.into(org.ortak.events.AdoptedInto.PROJECT, id, actor);
	}

	/**
	 * The projects the actor keeps (at most a hundred, the latest first), to choose from.
	 */
	@Transactional(readOnly = true)
	public List<ProjectSummary> kept(Actor actor) {
		return search(null, null, null, 0, 100, actor).items()
			.stream()
			.filter((p) -> this.projects.findByPublicId(p.id()).map((x) -> ProjectPolicy.keeps(actor, x)).orElse(false))
			.toList();
	}

	/** The joint projects of a network that the actor may see, with their titles. */
	@Transactional(readOnly = true)
	Map<UUID, String> ofNetwork(UUID networkId, Actor actor) {
		Locale reader = LocaleContextHolder.getLocale();
		Map<UUID, String> found = new java.util.LinkedHashMap<>();
		this.projects.findByNetworkIdOrderById(networkId)
			.stream()
			.filter((p) -> ProjectPolicy.mayRead(actor, p))
			.forEach((p) -> found.put(p.publicId(), Language.pick(p.titles(), p.language(), reader)));
		return found;
	}

	/**
	 * What the ledger of the network it is a joint project of holds of contributions made
	 * to it; none when it is no network's.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<org.ortak.networks.Contributions.Ledger> contributions(UUID id, Actor actor) {
		Project project = readable(id, actor);
		if (project.networkId() == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(this.contributions.projectLedger(project.publicId(), project.networkId(), actor));
	}

	/** The projects whose activities include the event, by public id. */
	@Transactional(readOnly = true)
	public List<UUID> ofEvent(UUID eventId) {
		return this.projects.findByEvent(eventId).stream().map(Project::publicId).toList();
	}

	/** The projects serving an item of a plan, as the reader may see them. */
	@Transactional(readOnly = true)
	public List<ProjectSummary> serving(UUID planItemId, Actor actor) {
		Locale reader = LocaleContextHolder.getLocale();
		List<Project> found = this.projects.findByPlanItemId(planItemId)
			.stream()
			.filter((p) -> ProjectPolicy.mayRead(actor, p))
			.toList();
		Map<UUID, String> names = this.organizations
			.names(found.stream().map(Project::implementerId).distinct().toList());
		return found.stream()
			.map((p) -> new ProjectSummary(p.publicId(), p.code(), Language.pick(p.titles(), p.language(), reader),
					Language.pickedCode(p.titles(), p.language(), reader), p.status(), p.startsOn(), p.endsOn(),
					p.implementerId(), names.get(p.implementerId())))
			.toList();
	}

	/**
	 * Projects as the indicators see what they measure: those the actor may read; the
	 * organizations carrying them out report on them even while they are drafts.
	 */
	@Transactional(readOnly = true)
	Map<UUID, Subject> subjects(Collection<UUID> ids, Actor actor) {
		Map<UUID, Subject> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		Locale reader = LocaleContextHolder.getLocale();
		for (Project project : this.projects.findByPublicIdIn(ids)) {
			if (!ProjectPolicy.mayRead(actor, project)) {
				continue;
			}
			found.put(project.publicId(),
					new Subject(SubjectKind.PROJECT, project.publicId(),
							Language.pick(project.titles(), project.language(), reader),
							Language.pickedCode(project.titles(), project.language(), reader),
							"/projects/" + project.publicId(), Set.copyOf(project.carriers()),
							ProjectPolicy.keeps(actor, project), project.startsOn(), project.endsOn(),
							Set.copyOf(project.regions())));
		}
		return found;
	}

	/** What a project's computed indicators come to: its participants, by gender. */
	@Transactional(readOnly = true)
	java.util.Optional<Computed> compute(IndicatorSource source, UUID id) {
		if (source != IndicatorSource.PARTICIPANTS) {
			return java.util.Optional.empty();
		}
		return this.projects.findByPublicId(id).map((project) -> {
			Participants participants = this.registrations.participants(project.events());
			List<ValuePart> parts = new ArrayList<>();
			// those who gave no gender count in the total only
			for (String category : Dimension.GENDER.categories()) {
				parts.add(new ValuePart(Dimension.GENDER, category,
						BigDecimal.valueOf(participants.byGender().getOrDefault(category, 0L))));
			}
			return new Computed(BigDecimal.valueOf(participants.people()), parts);
		});
	}

	private ProjectView view(Project project, Actor actor) {
		Locale reader = LocaleContextHolder.getLocale();
		Funding funding = project.funding();
		Set<UUID> orgIds = new HashSet<>(project.carriers());
		if (funding.funderId() != null) {
			orgIds.add(funding.funderId());
		}
		Map<UUID, String> names = new HashMap<>(this.organizations.names(orgIds));
		Set<UUID> regionIds = new LinkedHashSet<>(project.regions());
		project.groups().stream().map(TargetGroup::regionId).filter((r) -> r != null).forEach(regionIds::add);
		Map<UUID, RegionView> regionViews = this.regions.findAll(regionIds);
		List<ProjectView.Ref> regionRefs = project.regions()
			.stream()
			.filter(regionViews::containsKey)
			.map((r) -> new ProjectView.Ref(r, regionViews.get(r).label(reader), null))
			.toList();
		List<ProjectView.GroupView> groups = project.groups()
			.stream()
			.map((g) -> new ProjectView.GroupView(g.name(), g.plannedSize(), g.gender(), g.ageBand(), g.regionId(),
					(g.regionId() != null && regionViews.containsKey(g.regionId()))
							? regionViews.get(g.regionId()).name(reader) : null))
			.toList();
		ProjectView.Ref planItem = null;
		if (project.planItemId() != null) {
			Subject item = this.plans.subjects(List.of(project.planItemId()), actor).get(project.planItemId());
			if (item != null) {
				planItem = new ProjectView.Ref(item.id(), item.title(), item.link());
			}
		}
		ProjectView.Ref network = null;
		if (project.networkId() != null) {
			String name = this.networks.names(List.of(project.networkId())).get(project.networkId());
			if (name != null) {
				network = new ProjectView.Ref(project.networkId(), name, "/networks/" + project.networkId());
			}
		}
		List<EventSummary> activities = this.events.summariesOf(project.events(), actor);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		long planned = activities.stream().filter((e) -> !e.cancelled()).count();
		long held = activities.stream().filter((e) -> !e.cancelled() && over(e, now, today)).count();
		List<TargetStatus> results = this.targets.statuses(SubjectKind.PROJECT, List.of(project.publicId()))
			.getOrDefault(project.publicId(), List.of());
		List<Integer> percents = results.stream().map((t) -> (t.percent() != null) ? t.percent() : 0).toList();
		Integer progress = percents.isEmpty() ? null
				: (int) Math.round(percents.stream().mapToInt(Integer::intValue).average().orElse(0));
		BigDecimal coFinanced = (funding.budget() != null && funding.coFinancingPercent() != null) ? funding.budget()
			.multiply(funding.coFinancingPercent())
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN) : null;
		boolean keeps = ProjectPolicy.keeps(actor, project);
		return new ProjectView(project.publicId(), project.version(), project.code(), project.language(),
				Language.originalFirst(project.titles(), project.language()),
				Language.pick(project.titles(), project.language(), reader),
				Language.pickedCode(project.titles(), project.language(), reader), project.description(),
				project.objectives(), project.status(), project.startsOn(), project.endsOn(),
				new ProjectView.Ref(project.implementerId(), names.get(project.implementerId()),
						"/organizations/" + project.implementerId()),
				project.partners()
					.stream()
					.map((p) -> new ProjectView.PartnerView(p.organizationId(), names.get(p.organizationId()),
							p.part()))
					.toList(),
				new ProjectView.FundingView(funding.funderId(),
						(funding.funderId() != null) ? names.get(funding.funderId()) : funding.funderName(),
						funding.programme(), funding.axis(), funding.action(), funding.subAction(), funding.budget(),
						funding.currency(), funding.coFinancingPercent(), coFinanced),
				planItem, network, regionRefs, groups,
				project.groups().stream().mapToInt((g) -> (g.plannedSize() != null) ? g.plannedSize() : 0).sum(),
				activities, planned, held,
				this.registrations.participants(activities.stream().map(EventSummary::id).toList()), results, progress,
				keeps ? List.copyOf(project.coordinators()) : null, keeps);
	}

	/** Whether an event is over: its end (or its last day) has passed. */
	private static boolean over(EventSummary event, Instant now, LocalDate today) {
		if (event.endsAt() != null) {
			return event.endsAt().isBefore(now);
		}
		LocalDate last = (event.endsOn() != null) ? event.endsOn() : event.startsOn();
		return last != null && last.isBefore(today);
	}

	private void checked(ProjectDraft draft, Project existing, Actor actor) {
		Violations violations = draft.check();
		// lists longer than a project has are refused before anything is looked up
		for (String list : List.of("partners", "regions", "groups", "events", "coordinators")) {
			if (violations.has(list)) {
				violations.throwIfAny();
			}
		}
		Set<UUID> orgIds = new HashSet<>();
		if (draft.implementerId() != null) {
			orgIds.add(draft.implementerId());
		}
		if (draft.funding().funderId() != null) {
			orgIds.add(draft.funding().funderId());
		}
		draft.partners().stream().map(Partner::organizationId).filter((o) -> o != null).forEach(orgIds::add);
		Map<UUID, String> known = this.organizations.names(orgIds);
		if (draft.implementerId() != null && !known.containsKey(draft.implementerId())) {
			violations.add("implementerId", "validation.badValue");
		}
		if (draft.funding().funderId() != null && !known.containsKey(draft.funding().funderId())) {
			violations.add("funding.funderId", "validation.badValue");
		}
		for (int i = 0; i < draft.partners().size() && i < ProjectDraft.MAX_PARTNERS; i++) {
			UUID id = draft.partners().get(i).organizationId();
			if (id != null && !known.containsKey(id)) {
				violations.add("partners[" + i + "].organizationId", "validation.badValue");
			}
		}
		if (draft.regions().size() <= ProjectDraft.MAX_REGIONS
				&& this.regions.findAll(draft.regions()).size() < draft.regions().size()) {
			violations.add("regions", "validation.badValue");
		}
		for (int i = 0; i < draft.groups().size() && i < ProjectDraft.MAX_GROUPS; i++) {
			UUID region = draft.groups().get(i).regionId();
			if (region != null && this.regions.find(region).isEmpty()) {
				violations.add("groups[" + i + "].regionId", "validation.badValue");
			}
		}
		if (draft.events().size() <= ProjectDraft.MAX_EVENTS) {
			Set<UUID> readable = new HashSet<>();
			this.events.summariesOf(draft.events(), actor).forEach((e) -> readable.add(e.id()));
			// events already in it stay, even those the writer may not read
			Set<UUID> kept = (existing != null) ? existing.events() : Set.of();
			if (draft.events().stream().anyMatch((e) -> !readable.contains(e) && !kept.contains(e))) {
				violations.add("events", "projects.error.unknownEvent");
			}
		}
		if (draft.planItemId() != null
				&& !this.plans.subjects(List.of(draft.planItemId()), actor).containsKey(draft.planItemId())) {
			violations.add("planItemId", "validation.badValue");
		}
		// a joint project of a network is named so by those who keep the network (or kept
		// so)
		if (draft.networkId() != null && this.networks.names(List.of(draft.networkId())).isEmpty()) {
			violations.add("networkId", "validation.badValue");
		}
		else if (draft.networkId() != null
				&& !draft.networkId().equals((existing != null) ? existing.networkId() : null)
				&& !this.networks.keeps(draft.networkId(), actor)) {
			violations.add("networkId", "projects.error.networkNotYours");
		}
		if (draft.coordinators().size() <= ProjectDraft.MAX_COORDINATORS) {
			for (String username : draft.coordinators()) {
				if (this.staff.coordinator(username).isEmpty()) {
					violations.add("coordinators", "events.error.unknownUser", username);
				}
			}
		}
		if (existing != null && !actor.isAdmin() && !draft.coordinators().contains(actor.username())) {
			violations.add("coordinators", "networks.error.staysCoordinator");
		}
		violations.throwIfAny();
	}

	/** The coordinators as their accounts spell them. */
	private List<String> coordinators(ProjectDraft draft) {
		Set<String> resolved = new LinkedHashSet<>();
		draft.coordinators().forEach((name) -> this.staff.coordinator(name).ifPresent(resolved::add));
		return new ArrayList<>(resolved);
	}

	private Project readable(UUID id, Actor actor) {
		Project project = this.projects.findByPublicId(id).orElseThrow(NotFound::new);
		if (!ProjectPolicy.mayRead(actor, project)) {
			throw new NotFound();
		}
		return project;
	}

	private Project kept(UUID id, Actor actor) {
		Project project = this.projects.lockByPublicId(id).orElseThrow(NotFound::new);
		if (!ProjectPolicy.mayRead(actor, project)) {
			throw new NotFound();
		}
		if (!ProjectPolicy.keeps(actor, project)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		return project;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
