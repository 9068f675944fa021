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
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.hibernate.query.NativeQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.shared.DomainException;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.regions.RegionView.Names;
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

	/** Deep enough for any country's hierarchy, and what a path column holds. */
	public static final int MAX_DEPTH = 8;

	private static final Pattern COUNTRY_ISO = Pattern.compile("[A-Z]{2}");

	private static final Pattern SUBDIVISION_ISO = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

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

	/** Every region, depth first, siblings by name: what the region tree lists. */
	public List<RegionView> tree() {
		return depthFirst(this.repository.findAllWithNames());
	}

	/**
	 * The region, the regions it lies in and those inside it: what is "in" a region for
	 * something aimed at regions (a project for a district is in its province, and one
	 * for the province in each of its districts). Empty when there is no such region.
	 */
	public Set<UUID> around(UUID id) {
		Region region = this.repository.findByPublicId(id).orElse(null);
		if (region == null) {
			return Set.of();
		}
		Set<UUID> found = new java.util.LinkedHashSet<>();
		java.util.Arrays.stream(region.path().split("/"))
			.filter((part) -> !part.isEmpty())
			.forEach((part) -> found.add(UUID.fromString(part)));
		this.repository.findDescendants(region.path()).forEach((r) -> found.add(r.publicId()));
		return found;
	}

	/** The regions right inside this one, siblings by name. */
	public List<RegionView> childrenOf(UUID parent) {
		return depthFirst(this.repository.findChildrenWithNames(parent));
	}

	/** How many regions lie right inside each of these; none is 0. */
	public Map<UUID, Long> childCounts(Collection<UUID> ids) {
		Map<UUID, Long> counts = new HashMap<>();
		ids.forEach((id) -> counts.put(id, 0L));
		if (!ids.isEmpty()) {
			this.repository.countChildren(new HashSet<>(ids))
				.forEach((row) -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
		}
		return counts;
	}

	/**
	 * What a region picker offers before anything is typed: the countries and what lies
	 * right inside them, and the chosen region with the regions above it; depth first.
	 */
	public List<RegionView> shortList(UUID chosen) {
		Map<UUID, Region> regions = new HashMap<>();
		this.repository.findCountriesAndTheirSubdivisions().forEach((region) -> regions.put(region.publicId(), region));
		if (chosen != null) {
			this.repository.findByPublicId(chosen)
				.ifPresent((region) -> this.repository.findWithNames(idsOnPath(region.path()))
					.forEach((onPath) -> regions.put(onPath.publicId(), onPath)));
		}
		return depthFirst(new ArrayList<>(regions.values()));
	}

	/**
	 * Regions whose own name or a name in any language holds these letters, the highest
	 * first, at most {@code limit}: what a region picker finds as someone types.
	 */
	public List<RegionView> search(String words, int limit) {
		String cleaned = Text.clean(words);
		if (cleaned == null || Text.firstForbidden(cleaned, false) >= 0) {
			return List.of();
		}
		String letters = Text.folded(cleaned).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		List<Region> found = this.repository.findNamed(letters, PageRequest.of(0, limit));
		Map<UUID, Names> names = namesOnPaths(found);
		return found.stream().map((region) -> view(region, names)).toList();
	}

	/** Regions depth first, siblings by name, each with the names of those above it. */
	private List<RegionView> depthFirst(List<Region> all) {
		Map<UUID, Names> names = all.stream().collect(Collectors.toMap(Region::publicId, Regions::names));
		Map<UUID, List<Region>> children = new HashMap<>();
		List<Region> roots = new ArrayList<>();
		for (Region region : all) {
			if (region.parent() == null || !names.containsKey(parentIdOf(region))) {
				roots.add(region);
			}
			else {
				children.computeIfAbsent(parentIdOf(region), (key) -> new ArrayList<>()).add(region);
			}
		}
		List<RegionView> ordered = new ArrayList<>(all.size());
		// the names of the regions above come along when only some regions are listed
		Map<UUID, Names> withAbove = new HashMap<>(names);
		if (roots.stream().anyMatch((root) -> root.parent() != null)) {
			withAbove.putAll(namesOnPaths(roots));
		}
		addDepthFirst(roots, children, withAbove, ordered);
		return ordered;
	}

	private void addDepthFirst(List<Region> siblings, Map<UUID, List<Region>> children, Map<UUID, Names> names,
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
	 * The ISO 3166-1 code of the country a region lies in ("TR", "PL"); empty when the
	 * region is unknown or its country has none.
	 */
	public Optional<String> countryCode(UUID regionId) {
		return find(regionId).flatMap((region) -> find(region.countryId())).map(RegionView::isoCode);
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
		Map<UUID, Names> names = namesOnPaths(regions);
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
		Map<Long, List<LanguageName>> translated = translatedNames(region.id(), window);
		return AuditTrail.history(window, (snapshot) -> {
			Map<String, Object> fields = AuditTrail.fields();
			fields.put("name", snapshot.state().name());
			fields.put("names", byLanguageCode(translated.get(snapshot.revision().id())));
			fields.put("level", snapshot.state().level());
			fields.put("isoCode", snapshot.state().isoCode());
			fields.put("nationalCode", snapshot.state().nationalCode());
			fields.put("parentId", parents.get(snapshot.revision().id()));
			return fields;
		}, (snapshot) -> null, names);
	}

	private record LanguageName(String language, String name) {
	}

	/**
	 * The names by language at each revision of the window, replayed from their audit
	 * rows.
	 */
	@SuppressWarnings("unchecked")
	private Map<Long, List<LanguageName>> translatedNames(long id, Window<Region> window) {
		List<Object[]> rows = this.entityManager
			.createNativeQuery("select rev, revtype, language, name from region_name_aud"
					+ " where region_id = :id and rev <= :newest order by rev, revtype desc")
			.setParameter("id", id)
			.setParameter("newest", window.newestRevision())
			.getResultList();
		return AuditTrail.replay(rows, window.revisions(),
				(row) -> new LanguageName(((String) row[2]).toLowerCase(Locale.ROOT), (String) row[3]),
				Comparator.comparing(LanguageName::language));
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

	/**
	 * The levels a region placed in this parent may have (the country's own first), or
	 * only a country's at the top.
	 */
	List<RegionLevel> levelChoices(UUID parentId) {
		Region parent = (parentId != null) ? this.repository.findByPublicId(parentId).orElse(null) : null;
		return (parent == null) ? List.of(RegionLevel.COUNTRY) : RegionLevel.choicesIn(countryIso(parent));
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
		else if (parent != null && parent.depth() + 1 > MAX_DEPTH) {
			violations.add("parentId", "regions.error.deeperThanAllowed", MAX_DEPTH);
		}
		if (!violations.has("name") && nameTaken(parent, draft.name())) {
			violations.add("name", "regions.error.duplicateName");
		}
		RegionLevel level = levelAt(draft.level(), null, parent, violations);
		checkCodes(draft, level, parent, null, violations);
		violations.throwIfAny();
		Region region = new Region(parent, level, now());
		region.describe(draft, level, now());
		this.repository.save(region);
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
		else if (moves && parent != null && parent.isWithin(region)) {
			violations.add("parentId", "regions.error.cycle");
		}
		else if (moves && parent != null && parent.depth() + 1 + deepestBelow(region) - region.depth() > MAX_DEPTH) {
			violations.add("parentId", "regions.error.deeperThanAllowed", MAX_DEPTH);
		}
		if (!violations.has("name") && (moves || !region.name().equalsIgnoreCase(draft.name()))
				&& nameTaken(parent, draft.name())) {
			violations.add("name", "regions.error.duplicateName");
		}
		RegionLevel level = levelAt(draft.level(), region.level(), parent, violations);
		if (!violations.has("parentId")) {
			checkCodes(draft, level, parent, region, violations);
		}
		if (moves && !violations.has("parentId")) {
			checkCodesInNewCountry(region, parent, violations);
		}
		violations.throwIfAny();
		boolean renamed = region.describe(draft, level, now());
		if (moves) {
			List<Region> descendants = this.repository.findDescendants(region.path());
			String oldPath = region.moveUnder(parent, now());
			descendants.forEach((descendant) -> descendant.rebase(oldPath, region.path()));
			this.repository.flush();
			// what is placed in the region follows it, or refuses the move
			this.events.publishEvent(new RegionMoved(oldPath, region.path()));
		}
		this.repository.flush();
		if (renamed || moves) {
			// what is placed in it, or below, is found by the new names
			this.events.publishEvent(new RegionRenamed(region.path()));
		}
		return view(region, namesOnPaths(List.of(region)));
	}

	/**
	 * The level asked for, or else the one it has when it still fits, or else the usual
	 * one at its place: a country at the top, and below it a level of its country.
	 */
	private RegionLevel levelAt(RegionLevel asked, RegionLevel current, Region parent, Violations violations) {
		if (parent == null) {
			if (asked != null && asked != RegionLevel.COUNTRY) {
				violations.add("level", "regions.error.countryAtTop");
			}
			return RegionLevel.COUNTRY;
		}
		String countryIso = countryIso(parent);
		if (asked != null) {
			if (asked == RegionLevel.COUNTRY || !asked.fitsIn(countryIso)) {
				violations.add("level", "regions.error.levelNotHere");
			}
			return asked;
		}
		if (current != null && current != RegionLevel.COUNTRY && current.fitsIn(countryIso)) {
			return current;
		}
		return RegionLevel.usualAt(countryIso, parent.depth() + 1);
	}

	/**
	 * ISO codes as ISO 3166 writes them (a subdivision's begins with its country's),
	 * TERYT codes as long as their level's and beginning with the code of the region they
	 * lie in, and no code twice in one country.
	 */
	private void checkCodes(RegionDraft draft, RegionLevel level, Region parent, Region self, Violations violations) {
		String iso = draft.isoCode();
		if (iso != null) {
			if (parent == null && !COUNTRY_ISO.matcher(iso).matches()) {
				violations.add("isoCode", "regions.error.isoCountry");
			}
			else if (parent != null) {
				String countryIso = countryIso(parent);
				if (!SUBDIVISION_ISO.matcher(iso).matches()
						|| (countryIso != null && !iso.startsWith(countryIso + "-"))) {
					violations.add("isoCode", "regions.error.isoSubdivision", (countryIso != null) ? countryIso : "XX");
				}
			}
		}
		String national = draft.nationalCode();
		violations.line("nationalCode", national, 40);
		if (national != null && !violations.has("nationalCode") && level.country() != null
				&& level.country().equals("PL") && !teryt(national, level, parent)) {
			violations.add("nationalCode", "regions.error.teryt");
		}
		Long exceptId = (self != null) ? self.id() : null;
		if (iso != null && !violations.has("isoCode")) {
			boolean taken = (parent == null) ? this.repository.countryIsoTaken(iso, exceptId)
					: this.repository.codeTaken(countryPath(parent), iso, null, exceptId);
			if (taken) {
				violations.add("isoCode", "regions.error.codeTaken");
			}
		}
		if (national != null && parent != null && !violations.has("nationalCode")
				&& this.repository.codeTaken(countryPath(parent), null, national, exceptId)) {
			violations.add("nationalCode", "regions.error.codeTaken");
		}
	}

	/** TERYT: 2 digits a voivodeship, 4 a powiat, 7 a gmina (4 or 7 a city county). */
	private static boolean teryt(String code, RegionLevel level, Region parent) {
		boolean length = switch (level) {
			case VOIVODESHIP -> code.matches("\\d{2}");
			case POWIAT -> code.matches("\\d{4}");
			case CITY_COUNTY -> code.matches("\\d{4}|\\d{7}");
			case GMINA -> code.matches("\\d{7}");
			default -> true;
		};
		String above = (parent != null && parent.level().country() != null && parent.level().country().equals("PL"))
				? parent.nationalCode() : null;
		return length && (above == null || !code.matches("\\d+") || code.startsWith(above));
	}

	/** A region moving to another country takes its codes, and those below, along. */
	private void checkCodesInNewCountry(Region region, Region parent, Violations violations) {
		if (parent == null || countryPath(parent).equals(countryPath(region))) {
			return;
		}
		List<Region> moving = new ArrayList<>(this.repository.findDescendants(region.path()));
		moving.add(region);
		Set<String> codes = new HashSet<>();
		moving.forEach((each) -> {
			if (each.isoCode() != null) {
				codes.add(each.isoCode());
			}
			if (each.nationalCode() != null) {
				codes.add(each.nationalCode());
			}
		});
		if (codes.isEmpty()) {
			return;
		}
		List<String> clashes = this.repository.codesIn(countryPath(parent), codes);
		if (!clashes.isEmpty()) {
			violations.add("parentId", "regions.error.codesTakenThere", String.join(", ", clashes));
		}
	}

	private int deepestBelow(Region region) {
		return this.repository.findDescendants(region.path())
			.stream()
			.mapToInt(Region::depth)
			.max()
			.orElse(region.depth());
	}

	/** The ISO 3166-1 code of the country the region is in (null when it has none). */
	private String countryIso(Region region) {
		Region country = region;
		while (country.parent() != null) {
			country = country.parent();
		}
		return country.isoCode();
	}

	private static String countryPath(Region region) {
		return region.path().substring(0, region.path().indexOf('/', 1) + 1);
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
		Violations violations = new Violations().required("name", draft.name()).line("name", draft.name(), 200);
		draft.names().forEach((language, name) -> violations.line("names." + language.code(), name, 200));
		return violations.line("isoCode", draft.isoCode(), 6);
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new Forbidden();
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private Map<UUID, Names> namesOnPaths(List<Region> regions) {
		Set<UUID> ids = new HashSet<>();
		regions.forEach((region) -> ids.addAll(idsOnPath(region.path())));
		return this.repository.findWithNames(ids).stream().collect(Collectors.toMap(Region::publicId, Regions::names));
	}

	private static Names names(Region region) {
		return new Names(region.name(), region.names());
	}

	private static Map<String, String> byLanguageCode(List<LanguageName> names) {
		if (names == null || names.isEmpty()) {
			return null;
		}
		Map<String, String> byCode = new TreeMap<>();
		names.forEach((name) -> byCode.put(name.language(), name.name()));
		return byCode;
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

	private static RegionView view(Region region, Map<UUID, Names> names) {
		List<Names> lineage = idsOnPath(region.path()).stream()
			.map((id) -> names.getOrDefault(id, new Names("?", Map.of())))
			.toList();
		return RegionView.of(region.publicId(), region.version(), region.level(), region.isoCode(),
				region.nationalCode(), parentIdOf(region), region.path(), lineage);
	}

}
