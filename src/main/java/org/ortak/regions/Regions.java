package org.ortak.regions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.hibernate.query.NativeQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.shared.DomainException;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Violations;
import org.ortak.shared.history.AuditTrail;
import org.ortak.shared.history.AuditTrail.Window;
import org.ortak.shared.history.HistoryPage;
import org.ortak.shared.security.Actor;

/**
 * The region hierarchy: reading it for everyone signed in, keeping it for admins.
 */
@Service
@Transactional(readOnly = true)
public class Regions {

	private static final String SEPARATOR = " › ";

	private final RegionRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	Regions(RegionRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	public boolean isEmpty() {
		return this.repository.count() == 0;
	}

	/** Every region, depth first, siblings by name: what a region picker lists. */
	public List<RegionView> tree() {
		List<Region> all = this.repository.findAllByPath();
		Map<UUID, String> names = all.stream().collect(Collectors.toMap(Region::publicId, Region::name));
		Map<UUID, List<Region>> children = new HashMap<>();
		List<Region> roots = new ArrayList<>();
		for (Region region : all) {
			if (region.parent() == null) {
				roots.add(region);
			}
			else {
				children.computeIfAbsent(parentIdOf(region), (key) -> new ArrayList<>()).add(region);
			}
		}
		List<RegionView> ordered = new ArrayList<>(all.size());
		addDepthFirst(roots, children, names, ordered);
		return ordered;
	}

	private void addDepthFirst(List<Region> siblings, Map<UUID, List<Region>> children, Map<UUID, String> names,
			List<RegionView> ordered) {
		siblings.sort(Comparator.comparing(Region::name, String.CASE_INSENSITIVE_ORDER));
		for (Region region : siblings) {
			ordered.add(view(region, names));
			addDepthFirst(children.getOrDefault(region.publicId(), new ArrayList<>()), children, names, ordered);
		}
	}

	public Optional<RegionView> find(UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return this.repository.findByPublicId(id).map((region) -> view(region, namesOnPaths(List.of(region))));
	}

	/**
	 * The code of the country a region lies in, as its country region carries it (ISO
	 * 3166-1: "TR", "PL"), upper case; empty when the region or its country's code is
	 * unknown.
	 */
	public Optional<String> countryCode(UUID regionId) {
		return find(regionId).flatMap((region) -> find(region.countryId()))
			.map(RegionView::code)
			.map((code) -> code.toUpperCase(Locale.ROOT));
	}

	public RegionView get(UUID id) {
		return find(id).orElseThrow(NotFound::new);
	}

	/** The regions asked for, by id, with their full labels; unknown ids are left out. */
	public Map<UUID, RegionView> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Region> regions = this.repository.findByPublicIdIn(new HashSet<>(ids));
		Map<UUID, String> names = namesOnPaths(regions);
		return regions.stream().collect(Collectors.toMap(Region::publicId, (region) -> view(region, names)));
	}

	/**
	 * Who changed the region's name, code or place, when and through what, newest first;
	 * for everyone signed in, like the regions themselves.
	 */
	public HistoryPage history(UUID id, Actor actor, int page, int size) {
		if (!actor.isSignedIn()) {
			throw new Forbidden();
		}
		Region region = this.repository.findByPublicId(id).orElseThrow(NotFound::new);
		Window<Region> window = AuditTrail.read(this.entityManager, Region.class, region.id(), page, size);
		Map<Long, UUID> parents = new HashMap<>();
		window.snapshots().forEach((snapshot) -> parents.put(snapshot.revision().id(), null));
		Map<Long, Long> parentIds = new HashMap<>();
		window.snapshots()
			.stream()
			.filter((snapshot) -> snapshot.state().parent() != null)
			.forEach((snapshot) -> parentIds.put(snapshot.revision().id(), internalId(snapshot.state().parent())));
		Map<Long, UUID> publicIds = publicIdsOf(parentIds.values());
		parentIds.forEach((revision, parentId) -> parents.put(revision, publicIds.get(parentId)));
		Map<String, String> names = new HashMap<>();
		findAll(new HashSet<>(publicIds.values()))
			.forEach((regionId, view) -> names.put(regionId.toString(), view.label()));
		return AuditTrail.history(window, (snapshot) -> {
			Map<String, Object> fields = AuditTrail.fields();
			fields.put("name", snapshot.state().name());
			fields.put("code", snapshot.state().code());
			fields.put("level", snapshot.state().level());
			fields.put("parentId", parents.get(snapshot.revision().id()));
			return fields;
		}, (snapshot) -> null, names);
	}

	/** A parent's id as its audited state holds it, without loading the parent. */
	private static Long internalId(Region parent) {
		LazyInitializer proxy = HibernateProxy.extractLazyInitializer(parent);
		return (proxy != null) ? (Long) proxy.getInternalIdentifier() : parent.id();
	}

	/** Public ids of regions by internal id, deleted ones included. */
	@SuppressWarnings("unchecked")
	private Map<Long, UUID> publicIdsOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Object[]> rows = this.entityManager
			.createNativeQuery("select distinct id, public_id from region_aud where id in (:ids)")
			.unwrap(NativeQuery.class)
			.addScalar("id", Long.class)
			.addScalar("public_id", UUID.class)
			.setParameter("ids", Set.copyOf(ids))
			.getResultList();
		Map<Long, UUID> publicIds = new HashMap<>();
		rows.forEach((row) -> publicIds.put(((Number) row[0]).longValue(), (UUID) row[1]));
		return publicIds;
	}

	@Transactional
	public RegionView create(RegionDraft draft, Actor actor) {
		requireAdmin(actor);
		Region parent = (draft.parentId() != null) ? this.repository.findByPublicId(draft.parentId()).orElse(null)
				: null;
		Violations violations = check(draft);
		if (draft.parentId() != null && parent == null) {
			violations.add("parentId", "regions.error.unknownParent");
		}
		if (parent != null && parent.level() == RegionLevel.DISTRICT) {
			violations.add("parentId", "regions.error.tooDeep");
		}
		if (!violations.has("name") && nameTaken(parent, draft.name())) {
			violations.add("name", "regions.error.duplicateName");
		}
		violations.throwIfAny();
		Region region = this.repository.save(new Region(parent, draft.name(), draft.code(), now()));
		return view(region, namesOnPaths(List.of(region)));
	}

	@Transactional
	public RegionView update(UUID id, RegionDraft draft, Long version, Actor actor) {
		requireAdmin(actor);
		if (version == null) {
			throw InvalidInput.of("version", "validation.required");
		}
		Region region = this.repository.findByPublicId(id).orElseThrow(NotFound::new);
		if (version != region.version()) {
			throw new StaleVersion();
		}
		Region parent = (draft.parentId() != null) ? this.repository.findByPublicId(draft.parentId()).orElse(null)
				: null;
		Violations violations = check(draft);
		boolean moves = !sameParent(region, parent);
		if (draft.parentId() != null && parent == null) {
			violations.add("parentId", "regions.error.unknownParent");
		}
		else if (moves) {
			if (region.parent() == null || parent == null || parent.level() != region.parent().level()) {
				violations.add("parentId", "regions.error.levelChange");
			}
			else if (parent.isWithin(region)) {
				violations.add("parentId", "regions.error.cycle");
			}
		}
		if (!violations.has("name") && (moves || !region.name().equalsIgnoreCase(draft.name()))
				&& nameTaken(parent, draft.name())) {
			violations.add("name", "regions.error.duplicateName");
		}
		violations.throwIfAny();
		region.rename(draft.name(), draft.code(), now());
		if (moves) {
			List<Region> descendants = this.repository.findDescendants(region.path());
			String oldPath = region.moveUnder(parent, now());
			descendants.forEach((descendant) -> descendant.rebase(oldPath, region.path()));
			this.repository.flush();
			// what is placed in the region follows it, or refuses the move
			this.events.publishEvent(new RegionMoved(oldPath, region.path()));
		}
		this.repository.flush();
		return view(region, namesOnPaths(List.of(region)));
	}

	/**
	 * Deletes a region nothing is placed in and that holds no other region; otherwise
	 * refuses, naming why.
	 */
	@Transactional
	public void delete(UUID id, Actor actor) {
		requireAdmin(actor);
		Region region = this.repository.findByPublicId(id).orElseThrow(NotFound::new);
		if (this.repository.countByParent(region) > 0) {
			throw new RegionInUse();
		}
		try {
			this.repository.delete(region);
			this.repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// organizations, or other records, are placed in it
			throw new RegionInUse();
		}
	}

	/** A region still in use cannot be deleted. */
	static class RegionInUse extends DomainException {

		RegionInUse() {
			super("regions.error.inUse");
		}

	}

	private static boolean sameParent(Region region, Region parent) {
		if (region.parent() == null || parent == null) {
			return region.parent() == parent;
		}
		return region.parent().publicId().equals(parent.publicId());
	}

	private boolean nameTaken(Region parent, String name) {
		return (parent != null) ? this.repository.existsByParentAndNameIgnoreCase(parent, name)
				: this.repository.existsByParentIsNullAndNameIgnoreCase(name);
	}

	private static Violations check(RegionDraft draft) {
		return new Violations().required("name", draft.name())
			.line("name", draft.name(), 200)
			.line("code", draft.code(), 40);
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new Forbidden();
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private Map<UUID, String> namesOnPaths(List<Region> regions) {
		Set<UUID> ids = new HashSet<>();
		regions.forEach((region) -> ids.addAll(idsOnPath(region.path())));
		return this.repository.findByPublicIdIn(ids).stream().collect(Collectors.toMap(Region::publicId, Region::name));
	}

	private static List<UUID> idsOnPath(String path) {
		List<UUID> ids = new ArrayList<>();
		for (String part : path.split("/")) {
			if (!part.isEmpty()) {
				ids.add(UUID.fromString(part));
			}
		}
		return ids;
	}

	private static UUID parentIdOf(Region region) {
		List<UUID> ids = idsOnPath(region.path());
		return (ids.size() > 1) ? ids.get(ids.size() - 2) : null;
	}

	private static RegionView view(Region region, Map<UUID, String> names) {
		String label = idsOnPath(region.path()).stream()
			.map((id) -> names.getOrDefault(id, "?"))
			.collect(Collectors.joining(SEPARATOR));
		return new RegionView(region.publicId(), region.version(), region.name(), region.code(), region.level(),
				parentIdOf(region), region.path(), label, region.depth());
	}

}
