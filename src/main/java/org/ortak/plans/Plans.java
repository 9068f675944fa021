package org.ortak.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.accounts.Staff;
import org.ortak.indicators.Subject;
import org.ortak.indicators.SubjectKind;
import org.ortak.indicators.TargetStatus;
import org.ortak.indicators.Targets;
import org.ortak.organizations.Organizations;
import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;

/**
 * Plans and their items: made by admins and coordinators, kept by their coordinators,
 * read as {@link PlanPolicy} allows. The tree stays a tree (no item under itself or its
 * own descendants) at most four levels deep. A plan's view rolls progress up from the
 * targets measuring its items (as {@link Targets} keeps them) and its actions' status.
 */
@Service
public class Plans {

	static final int MAX_DEPTH = 4;

	private final PlanRepository plans;

	private final ItemRepository items;

	private final Organizations organizations;

	private final Targets targets;

	private final Staff staff;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	private final org.ortak.events.Adoptions adoptions;

	Plans(PlanRepository plans, ItemRepository items, Organizations organizations, Targets targets, Staff staff,
			Clock clock, org.springframework.context.MessageSource messages, org.ortak.events.Adoptions adoptions) {
		this.messages = messages;
		this.adoptions = adoptions;
		this.plans = plans;
		this.items = items;
		this.organizations = organizations;
		this.targets = targets;
		this.staff = staff;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ResultPage<PlanSummary> search(String q, int page, int size, Actor actor) {
		ResultPage.requireValid(page, size);
		String cleaned = Text.clean(q);
		new Violations().line("q", cleaned, 200).throwIfAny();
		String words = Text.matchKey(cleaned);
		Page<Plan> found = this.plans.search(actor.isAdmin(),
				(actor.coordinatorName() != null) ? actor.coordinatorName() : "", actor.managedOrNone(),
				"%" + ((words != null) ? words : "") + "%", PageRequest.of(page, size));
		Map<UUID, String> owners = new HashMap<>(this.organizations.names(found.getContent()
			.stream()
			.map(Plan::ownerOrganizationId)
			.filter((id) -> id != null)
			.distinct()
			.toList()));
		Locale reader = LocaleContextHolder.getLocale();
		return new ResultPage<>(found.getContent()
			.stream()
			.map((p) -> new PlanSummary(p.publicId(), p.code(), Language.pick(p.titles(), p.language(), reader),
					Language.pickedCode(p.titles(), p.language(), reader), p.status(), p.startsOn(), p.endsOn(),
					owners.get(p.ownerOrganizationId()), p.adoptedOn()))
			.toList(), found.getNumber(), found.getSize(), found.getTotalElements());
	}

	@Transactional(readOnly = true)
	public PlanView get(UUID id, Actor actor) {
		return view(readable(id, actor), actor);
	}

	@Transactional(readOnly = true)
	public ItemView item(UUID planId, UUID itemId, Actor actor) {
		return get(planId, actor).items()
			.stream()
			.filter((i) -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	/**
	 * The plan's monitoring report for the period: its items in tree order, each with its
	 * targets as they stood at the period's end.
	 */
	@Transactional(readOnly = true)
	public org.ortak.indicators.MonitoringReport report(UUID id, org.ortak.indicators.Period period, Actor actor) {
		PlanView plan = get(id, actor);
		Locale reader = LocaleContextHolder.getLocale();
		Map<UUID, List<org.ortak.indicators.MonitoringReport.Row>> rows = this.targets.report(SubjectKind.PLAN_ITEM,
				plan.items().stream().map(ItemView::id).toList(), period);
		List<String[]> facts = new ArrayList<>();
		if (plan.ownerName() != null) {
			facts.add(new String[] { this.messages.getMessage("plans.field.owner", null, reader), plan.ownerName() });
		}
		if (plan.adoptedByName() != null) {
			facts.add(new String[] { this.messages.getMessage("plans.adoptedBy", null, reader),
					plan.adoptedByName() + ((plan.adoptedOn() != null)
							? " · " + org.ortak.shared.i18n.Dates.format(plan.adoptedOn(), reader) : "") });
		}
		if (plan.progress() != null) {
			facts.add(new String[] { this.messages.getMessage("plans.progress", null, reader), plan.progress() + "%" });
		}
		return new org.ortak.indicators.MonitoringReport(plan.title(), facts, period.code(), period.label(reader),
				plan.items()
					.stream()
					.map((i) -> new org.ortak.indicators.MonitoringReport.Section(
							((i.code() != null) ? i.code() + " " : "") + i.title(), rows.get(i.id())))
					.toList());
	}

	/**
	 * Adopts a recommendation of an event into an item of a plan its keeper keeps; with
	 * an action item owned by the item's lead agency (its first, or the plan's owner)
	 * when asked.
	 */
	@Transactional
	public org.ortak.events.AdoptionView adopt(UUID planId, UUID itemId, UUID eventId, UUID topicId, Integer position,
			boolean withAction, Actor actor) {
		Plan plan = kept(planId, actor);
		return this.adoptions.adopt(eventId, topicId, position, into(plan, itemOf(plan, itemId)), withAction, actor);
	}

	/** Links an action item of an event (its keepers') to the item it serves. */
	@Transactional
	public org.ortak.events.AdoptionView linkAction(UUID planId, UUID itemId, UUID actionId, Actor actor) {
		Plan plan = kept(planId, actor);
		return this.adoptions.link(actionId, into(plan, itemOf(plan, itemId)), actor);
	}

	/** The item as what takes a recommendation or an action up. */
	private org.ortak.events.Adoptions.Into into(Plan plan, PlanItem item) {
		UUID owner = item.agencies()
			.stream()
			.sorted(java.util.Comparator.comparing((Agency a) -> a.role() != AgencyRole.LEAD))
			.map(Agency::organizationId)
			.findFirst()
			.orElse(plan.ownerOrganizationId());
		Locale reader = LocaleContextHolder.getLocale();
		return new org.ortak.events.Adoptions.Into(org.ortak.events.AdoptedInto.PLAN_ITEM, item.publicId(),
				Language.pick(item.titles(), item.language(), reader),
				"/plans/" + plan.publicId() + "/items/" + item.publicId(), plan.status() != PlanStatus.DRAFT, owner);
	}

	/**
	 * Where the recommendations an item took up came from, and the actions they became.
	 */
	@Transactional(readOnly = true)
	public List<org.ortak.events.AdoptionView> adoptions(UUID planId, UUID itemId, Actor actor) {
		itemOf(readable(planId, actor), itemId);
		return this.adoptions.into(org.ortak.events.AdoptedInto.PLAN_ITEM, itemId, actor);
	}

	/** An item a project or an action may serve, named with its plan. */
	public record ItemChoice(UUID planId, UUID id, String label) {
	}

	/**
	 * The items of the plans the reader may see, at most {@code max} of them, each plan's
	 * in tree order: what a project picks the programme it serves from.
	 */
	@Transactional(readOnly = true)
	public List<ItemChoice> itemChoices(Actor actor, int max, boolean keptOnly) {
		List<ItemChoice> choices = new ArrayList<>();
		for (PlanSummary summary : search(null, 0, 50, actor).items()) {
			PlanView plan = get(summary.id(), actor);
			if (keptOnly && !plan.editable()) {
				continue;
			}
			for (ItemView item : plan.items()) {
				if (choices.size() >= max) {
					return choices;
				}
				choices.add(new ItemChoice(summary.id(), item.id(),
						summary.title() + " › " + ((item.code() != null) ? item.code() + " " : "") + item.title()));
			}
		}
		return choices;
	}

	public void requireMayMake(Actor actor) {
		if (!PlanPolicy.mayMake(actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
	}

	@Transactional
	public PlanView create(PlanDraft draft, Actor actor) {
		requireMayMake(actor);
		checked(draft, null, actor);
		Plan plan = new Plan(now(), actor.username());
		List<String> coordinators = coordinators(draft);
		// who makes it keeps it (an admin keeps every plan anyway)
		if (!actor.isAdmin() && !coordinators.contains(actor.username())) {
			coordinators.add(actor.username());
		}
		plan.write(draft, coordinators, now(), actor.username());
		return view(this.plans.saveAndFlush(plan), actor);
	}

	@Transactional
	public PlanView update(UUID id, PlanDraft draft, Long version, Actor actor) {
		Plan plan = kept(id, actor);
		if (version != null && version != plan.version()) {
			throw new StaleVersion();
		}
		checked(draft, plan, actor);
		plan.write(draft, coordinators(draft), now(), actor.username());
		this.plans.flush();
		// what its items adopted is shown on the events' pages while anyone may read it
		this.adoptions.reshow(org.ortak.events.AdoptedInto.PLAN_ITEM,
				this.items.ofPlan(plan.id()).stream().map(PlanItem::publicId).toList(),
				plan.status() != PlanStatus.DRAFT);
		return view(plan, actor);
	}

	@Transactional
	public ItemView addItem(UUID planId, ItemDraft draft, Actor actor) {
		Plan plan = kept(planId, actor);
		Violations violations = draft.check();
		PlanItem parent = parent(plan, draft.parentId(), violations);
		int depth = (parent != null) ? parent.depth() + 1 : 1;
		if (depth > MAX_DEPTH) {
			violations.add("parentId", "plans.error.tooDeep", MAX_DEPTH);
		}
		checkAgencies(draft, violations);
		violations.throwIfAny();
		PlanItem item = new PlanItem(plan.id(), now(), actor.username());
		item.write(draft, (parent != null) ? parent.id() : null, depth, now(), actor.username());
		if (draft.position() == null) {
			item.place(this.items.lastPosition(plan.id(), (parent != null) ? parent.id() : null) + 1);
		}
		this.items.saveAndFlush(item);
		return item(planId, item.publicId(), actor);
	}

	/**
	 * Changes an item, and moves it (with everything under it) when its parent changes:
	 * never under itself or its own descendants, never deeper than four levels.
	 */
	@Transactional
	public ItemView updateItem(UUID planId, UUID itemId, ItemDraft draft, Long version, Actor actor) {
		Plan plan = kept(planId, actor);
		PlanItem item = itemOf(plan, itemId);
		if (version != null && version != item.version()) {
			throw new StaleVersion();
		}
		Violations violations = draft.check();
		List<PlanItem> all = this.items.ofPlan(plan.id());
		PlanItem parent = parent(plan, draft.parentId(), violations);
		Set<Long> below = descendants(item.id(), all);
		if (parent != null && (parent.id().equals(item.id()) || below.contains(parent.id()))) {
			violations.add("parentId", "plans.error.cycle");
		}
		int depth = (parent != null) ? parent.depth() + 1 : 1;
		int height = all.stream()
			.filter((i) -> below.contains(i.id()))
			.mapToInt((i) -> i.depth() - item.depth())
			.max()
			.orElse(0);
		if (!violations.has("parentId") && depth + height > MAX_DEPTH) {
			violations.add("parentId", "plans.error.tooDeep", MAX_DEPTH);
		}
		checkAgencies(draft, violations);
		violations.throwIfAny();
		int shift = depth - item.depth();
		Long oldParent = item.parentId();
		item.write(draft, (parent != null) ? parent.id() : null, depth, now(), actor.username());
		if (draft.position() == null && !java.util.Objects.equals(oldParent, item.parentId())) {
			item.place(this.items.lastPosition(plan.id(), item.parentId()) + 1);
		}
		if (shift != 0) {
			all.stream().filter((i) -> below.contains(i.id())).forEach((i) -> i.deepen(i.depth() + shift));
		}
		this.items.flush();
		return item(planId, itemId, actor);
	}

	/** Removes an item with nothing under it and nothing measuring it. */
	@Transactional
	public void deleteItem(UUID planId, UUID itemId, Actor actor) {
		Plan plan = kept(planId, actor);
		PlanItem item = itemOf(plan, itemId);
		Violations violations = new Violations();
		if (this.items.existsByParentId(item.id())) {
			violations.add("item", "plans.error.hasChildren");
		}
		if (this.targets.measured(SubjectKind.PLAN_ITEM, item.publicId())) {
			violations.add("item", "plans.error.measured");
		}
		violations.throwIfAny();
		this.items.delete(item);
	}

	/**
	 * Items as the indicators see what they measure: those of plans the actor may read,
	 * and those whose organizations the actor manages (who report on them even while the
	 * plan is a draft).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Subject> subjects(Collection<UUID> itemIds, Actor actor) {
		Map<UUID, Subject> found = new HashMap<>();
		if (itemIds.isEmpty()) {
			return found;
		}
		List<PlanItem> items = this.items.findByPublicIdIn(itemIds);
		Map<Long, Plan> byId = new HashMap<>();
		this.plans.findAllById(items.stream().map(PlanItem::planId).distinct().toList())
			.forEach((p) -> byId.put(p.id(), p));
		Locale reader = LocaleContextHolder.getLocale();
		for (PlanItem item : items) {
			Plan plan = byId.get(item.planId());
			Set<UUID> responsible = new LinkedHashSet<>();
			item.agencies().forEach((a) -> responsible.add(a.organizationId()));
			if (!PlanPolicy.mayRead(actor, plan)
					&& responsible.stream().noneMatch(actor.managedOrganizationIds()::contains)) {
				continue;
			}
			found.put(item.publicId(),
					new Subject(SubjectKind.PLAN_ITEM, item.publicId(),
							Language.pick(item.titles(), item.language(), reader),
							Language.pickedCode(item.titles(), item.language(), reader),
							"/plans/" + plan.publicId() + "/items/" + item.publicId(), responsible,
							PlanPolicy.keeps(actor, plan), item.startsOn(), item.endsOn(), java.util.Set.of()));
		}
		return found;
	}

	private PlanView view(Plan plan, Actor actor) {
		Locale reader = LocaleContextHolder.getLocale();
		List<PlanItem> all = this.items.ofPlan(plan.id());
		Set<UUID> orgIds = new HashSet<>();
		if (plan.ownerOrganizationId() != null) {
			orgIds.add(plan.ownerOrganizationId());
		}
		all.forEach((i) -> i.agencies().forEach((a) -> orgIds.add(a.organizationId())));
		// a plan may have no owner: looked up in a map that takes null
		Map<UUID, String> names = new HashMap<>(this.organizations.names(orgIds));
		Map<UUID, List<TargetStatus>> measured = this.targets.statuses(SubjectKind.PLAN_ITEM,
				all.stream().map(PlanItem::publicId).toList());
		Map<Long, UUID> publicIds = new HashMap<>();
		all.forEach((i) -> publicIds.put(i.id(), i.publicId()));
		Map<Long, List<PlanItem>> children = new HashMap<>();
		all.forEach((i) -> children.computeIfAbsent(i.parentId(), (k) -> new ArrayList<>()).add(i));
		children.values()
			.forEach((list) -> list
				.sort(java.util.Comparator.comparingInt(PlanItem::position).thenComparing(PlanItem::id)));
		Map<Long, Integer> progress = new HashMap<>();
		List<PlanItem> roots = children.getOrDefault(null, List.of());
		roots.forEach((root) -> rollUp(root, children, measured, progress));
		List<ItemView> ordered = new ArrayList<>();
		roots.forEach((root) -> walk(root, children,
				(item) -> ordered.add(new ItemView(item.publicId(), item.version(), plan.publicId(),
						publicIds.get(item.parentId()), item.depth(), item.position(), item.code(), item.language(),
						Language.originalFirst(item.titles(), item.language()),
						Language.pick(item.titles(), item.language(), reader),
						Language.pickedCode(item.titles(), item.language(), reader), item.description(), item.status(),
						item.example(), item.startsOn(), item.endsOn(),
						item.agencies()
							.stream()
							.map((a) -> new ItemView.AgencyView(a.organizationId(), names.get(a.organizationId()),
									a.role(), a.duty()))
							.toList(),
						measured.getOrDefault(item.publicId(), List.of()), progress.get(item.id())))));
		boolean keeps = PlanPolicy.keeps(actor, plan);
		return new PlanView(plan.publicId(), plan.version(), plan.code(), plan.language(),
				Language.originalFirst(plan.titles(), plan.language()),
				Language.pick(plan.titles(), plan.language(), reader),
				Language.pickedCode(plan.titles(), plan.language(), reader), plan.description(),
				plan.ownerOrganizationId(), names.get(plan.ownerOrganizationId()), plan.status(), plan.startsOn(),
				plan.endsOn(), plan.adoptedByName(), plan.adoptedByNumber(), plan.adoptedOn(),
				keeps ? List.copyOf(plan.coordinators()) : null, ordered,
				mean(roots.stream().map((r) -> progress.get(r.id())).toList()), keeps);
	}

	/**
	 * An item's progress: the mean of its targets' achievements (one not yet measured
	 * counts nothing achieved) and its children's progress; an item with neither counts
	 * by its status (done is 100, anything else 0); a dropped one counts for nothing.
	 */
	private static Integer rollUp(PlanItem item, Map<Long, List<PlanItem>> children,
			Map<UUID, List<TargetStatus>> measured, Map<Long, Integer> progress) {
		List<Integer> parts = new ArrayList<>();
		measured.getOrDefault(item.publicId(), List.of())
			.forEach((t) -> parts.add((t.percent() != null) ? t.percent() : 0));
		for (PlanItem child : children.getOrDefault(item.id(), List.of())) {
			Integer p = rollUp(child, children, measured, progress);
			if (p != null) {
				parts.add(p);
			}
		}
		Integer result;
		if (item.status() == ItemStatus.DROPPED) {
			result = null;
		}
		else if (parts.isEmpty()) {
			result = (item.status() == ItemStatus.DONE) ? 100 : 0;
		}
		else {
			result = mean(parts);
		}
		progress.put(item.id(), result);
		return result;
	}

	private static Integer mean(List<Integer> parts) {
		List<Integer> counted = parts.stream().filter((p) -> p != null).toList();
		return counted.isEmpty() ? null
				: (int) Math.round(counted.stream().mapToInt(Integer::intValue).average().orElse(0));
	}

	private static void walk(PlanItem item, Map<Long, List<PlanItem>> children,
			java.util.function.Consumer<PlanItem> visit) {
		visit.accept(item);
		children.getOrDefault(item.id(), List.of()).forEach((child) -> walk(child, children, visit));
	}

	private static Set<Long> descendants(Long id, List<PlanItem> all) {
		Set<Long> found = new HashSet<>();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (PlanItem i : all) {
				if (i.parentId() != null && (i.parentId().equals(id) || found.contains(i.parentId()))
						&& found.add(i.id())) {
					grew = true;
				}
			}
		}
		return found;
	}

	private PlanItem parent(Plan plan, UUID parentId, Violations violations) {
		if (parentId == null) {
			return null;
		}
		Optional<PlanItem> parent = this.items.findByPublicId(parentId).filter((p) -> p.planId().equals(plan.id()));
		if (parent.isEmpty()) {
			violations.add("parentId", "validation.badValue");
		}
		return parent.orElse(null);
	}

	private void checkAgencies(ItemDraft draft, Violations violations) {
		if (violations.has("agencies")) {
			return;
		}
		Map<UUID, String> known = this.organizations
			.names(draft.agencies().stream().map(Agency::organizationId).filter((id) -> id != null).toList());
		for (int i = 0; i < draft.agencies().size(); i++) {
			UUID id = draft.agencies().get(i).organizationId();
			if (id != null && !known.containsKey(id)) {
				violations.add("agencies[" + i + "].organizationId", "validation.badValue");
			}
		}
	}

	private void checked(PlanDraft draft, Plan existing, Actor actor) {
		Violations violations = draft.check();
		if (draft.ownerOrganizationId() != null
				&& this.organizations.names(List.of(draft.ownerOrganizationId())).isEmpty()) {
			violations.add("ownerOrganizationId", "validation.badValue");
		}
		if (draft.coordinators().size() <= PlanDraft.MAX_COORDINATORS) {
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
	private List<String> coordinators(PlanDraft draft) {
		Set<String> resolved = new LinkedHashSet<>();
		draft.coordinators().forEach((name) -> this.staff.coordinator(name).ifPresent(resolved::add));
		return new ArrayList<>(resolved);
	}

	Plan readable(UUID id, Actor actor) {
		Plan plan = this.plans.findByPublicId(id).orElseThrow(NotFound::new);
		if (!PlanPolicy.mayRead(actor, plan)) {
			throw new NotFound();
		}
		return plan;
	}

	/** The plan, locked for the change its keeper makes. */
	private Plan kept(UUID id, Actor actor) {
		Plan plan = this.plans.lockByPublicId(id).orElseThrow(NotFound::new);
		if (!PlanPolicy.mayRead(actor, plan)) {
			throw new NotFound();
		}
		if (!PlanPolicy.keeps(actor, plan)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		return plan;
	}

	private PlanItem itemOf(Plan plan, UUID itemId) {
		return this.items.findByPublicId(itemId).filter((i) -> i.planId().equals(plan.id())).orElseThrow(NotFound::new);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
