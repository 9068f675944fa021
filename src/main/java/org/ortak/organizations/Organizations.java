package org.ortak.organizations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.OrganizationDetails.Permissions;
import org.ortak.organizations.OrganizationDetails.StatusChangeView;
import org.ortak.regions.RegionMoved;
import org.ortak.regions.RegionRenamed;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violation;
import org.ortak.shared.Violations;
import org.ortak.shared.history.HistoryPage;
import org.ortak.shared.security.Actor;

/**
 * The register: reading and keeping organizations as {@link RegisterPolicy} allows, and
 * the checks that keep it true.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

	private static final Pattern SORT = Pattern.compile("-?(relevance|name|founded|members|updated)(,(asc|desc))?");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

	private final OrganizationRepository repository;

	private final OrganizationSearch search;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	Organizations(OrganizationRepository repository, OrganizationSearch search, Regions regions,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.search = search;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	public ResultPage<OrganizationSummary> search(OrganizationQuery query, Actor actor) {
		requireSignedIn(actor);
		checkQuery(query);
		Set<UUID> onlyIds = RegisterPolicy.visibleTo(actor);
		if (onlyIds != null && onlyIds.isEmpty()) {
			return new ResultPage<>(List.of(), query.page(), query.size(), 0);
		}
		SearchResult<Organization> result = this.search.search(query, onlyIds);
		Map<UUID, RegionView> regionsById = this.regions
			.findAll(result.hits().stream().map(Organization::regionId).collect(Collectors.toSet()));
		List<OrganizationSummary> items = result.hits()
			.stream()
			.map((organization) -> summary(organization, regionsById.get(organization.regionId())))
			.toList();
		return new ResultPage<>(items, query.page(), query.size(), result.total().hitCount());
	}

	/** A page of a list: a size up to the given one, no deeper than the search goes. */
	static void checkPage(int page, int size, int maxSize) {
		if (size < 1 || size > maxSize) {
			throw InvalidInput.of("size", "validation.range", 1, maxSize);
		}
		if (page < 0 || (long) page * size > OrganizationQuery.MAX_OFFSET) {
			throw InvalidInput.of("page", "validation.range", 0, OrganizationQuery.MAX_OFFSET / size);
		}
	}

	/** A search's words, order and depth, the same on every path that searches. */
	static void checkQuery(OrganizationQuery query) {
		checkWords(query.q());
		if (query.sort() != null && !SORT.matcher(query.sort()).matches()) {
			throw InvalidInput.of("sort", "validation.badValue");
		}
		if ((long) query.page() * query.size() > OrganizationQuery.MAX_OFFSET) {
			throw InvalidInput.of("page", "validation.range", 0, OrganizationQuery.MAX_OFFSET / query.size());
		}
	}

	private static void checkWords(String q) {
		Violations violations = new Violations().text("q", q, false);
		if (q != null && (q.length() > OrganizationQuery.MAX_LENGTH
				|| WORD.matcher(q).results().count() > OrganizationQuery.MAX_WORDS)) {
			violations.add("q", "organizations.error.tooManyWords", OrganizationQuery.MAX_WORDS,
					OrganizationQuery.MAX_LENGTH);
		}
		violations.throwIfAny();
	}

	public OrganizationDetails get(UUID id, Actor actor) {
		Organization organization = readable(id, actor);
		return details(organization, this.regions.find(organization.regionId()).orElse(null), actor);
	}

	/**
	 * Who changed which field of the organization, when and through what, newest first;
	 * for whoever may read the organization.
	 */
	public HistoryPage history(UUID id, Actor actor, int page, int size) {
		Organization organization = readable(id, actor);
		return OrganizationHistory.read(this.entityManager, this.regions, organization.id(), page, size);
	}

	/** Names of the organizations asked for that exist, for other modules' pages. */
	public Map<UUID, String> names(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findNames(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(OrganizationName::getId, OrganizationName::getName));
	}

	/** The kinds of the organizations asked for that exist, for other modules' counts. */
	/**
	 * The contact addresses of the organizations asked for that have one, for a module
	 * that writes to them on its actor's behalf (an invitation).
	 */
	public Map<UUID, String> emails(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> emails = new java.util.HashMap<>();
		this.repository.findByPublicIdIn(Set.copyOf(ids)).forEach((organization) -> {
			if (organization.email() != null) {
				emails.put(organization.publicId(), organization.email());
			}
		});
		return emails;
	}

	public Map<UUID, OrganizationKind> kinds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findKinds(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap((row) -> (UUID) row[0], (row) -> (OrganizationKind) row[1]));
	}

	/**
	 * The cards of the organizations asked for that exist and are not archived, read a
	 * few thousand at a time (a graph of the whole register asks for all).
	 */
	public Map<UUID, OrganizationCard> cards(Collection<UUID> ids) {
		Map<UUID, OrganizationCard> cards = new java.util.HashMap<>();
		List<UUID> all = List.copyOf(Set.copyOf(ids));
		for (int from = 0; from < all.size(); from += 5000) {
			this.repository.findCards(all.subList(from, Math.min(all.size(), from + 5000)))
				.forEach((card) -> cards.put(card.id(), card));
		}
		return cards;
	}

	/** How many organizations there are somewhere, and how many people they employ. */
	public record Count(long organizations, long employees) {
	}

	/**
	 * The organizations not archived, of the kind and status when given, in the region
	 * (and the regions inside it; everywhere when none is given), counted from the
	 * database as it is now: what computed indicators of the sector rest on.
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public Count count(OrganizationKind kind, OrganizationStatus status, UUID regionId) {
		String path = "%";
		if (regionId != null) {
			RegionView region = this.regions.find(regionId).orElse(null);
			if (region == null) {
				return new Count(0, 0);
			}
			path = region.path() + "%";
		}
		Object[] row = this.repository.countUnder(kind, status, path).get(0);
		return new Count(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
	}

	/** Every organization not archived, by name, for pickers. */
	public List<OrganizationName> choices() {
		return this.repository.findActiveNames();
	}

	/** Checks a draft without saving it, as {@link #create} and {@link #update} would. */
	public void check(OrganizationDraft draft, UUID existingId) {
		checked(draft, existingId);
	}

	/**
	 * Refuses, before anything is checked or typed, who may not register organizations.
	 */
	public void requireMayRegister(Actor actor) {
		if (!RegisterPolicy.keepsWholeRegister(actor)) {
			throw new Forbidden();
		}
	}

	@Transactional
	public OrganizationDetails create(OrganizationDraft draft, OrganizationStatus initialStatus, Actor actor) {
		requireMayRegister(actor);
		RegionView region = checked(draft, null);
		Organization organization = Organization.register(draft, region,
				(initialStatus != null) ? initialStatus : OrganizationStatus.ACTIVE, actor.username(), now());
		saveAndFlush(organization);
		this.events.publishEvent(
				new OrganizationRegistered(organization.publicId(), organization.kind(), organization.regionId()));
		return details(organization, region, actor);
	}

	@Transactional
	public OrganizationDetails update(UUID id, OrganizationDraft draft, Long version, Actor actor) {
		if (version == null) {
			// without the version it was based on, an update could undo someone else's
			throw InvalidInput.of("version", "validation.required");
		}
		Organization organization = manageable(id, actor);
		requireVersion(organization, version);
		RegionView region = checked(draft, id);
		organization.revise(draft, region, actor.username(), now());
		saveAndFlush(organization);
		this.events.publishEvent(new OrganizationChanged(id, organization.version()));
		return details(organization, region, actor);
	}

	@Transactional
	public OrganizationDetails changeStatus(UUID id, OrganizationStatus to, LocalDate effectiveOn, String reason,
			Long version, Actor actor) {
		Organization organization = manageable(id, actor);
		if (version != null) {
			requireVersion(organization, version);
		}
		String cleanReason = Text.clean(reason);
		LocalDate effective = (effectiveOn != null) ? effectiveOn : today();
		new Violations().required("status", to)
			.required("reason", cleanReason)
			.text("reason", cleanReason, true)
			.maxLength("reason", cleanReason, 1000)
			.pastDate("effectiveOn", effective, OrganizationRules.FIRST_YEAR, today())
			.throwIfAny();
		OrganizationStatus from = organization.status();
		organization.changeStatus(to, effective, cleanReason, actor.username(), now());
		this.repository.flush();
		this.events.publishEvent(new OrganizationStatusChanged(id, from, to, effective));
		return details(organization, this.regions.find(organization.regionId()).orElse(null), actor);
	}

	/**
	 * Whether the public directory lists the organization (its coordinators decide) and
	 * how precisely it shows its place (its managers too).
	 */
	@Transactional
	public OrganizationDetails publish(UUID id, boolean listed, LocationPrecision precision, Long version,
			Actor actor) {
		Organization organization = manageable(id, actor);
		if (version != null) {
			requireVersion(organization, version);
		}
		new Violations().required("locationPrecision", precision).throwIfAny();
		if (listed != organization.listed() && !RegisterPolicy.keepsWholeRegister(actor)) {
			// an organization chooses how precisely it is shown; coordinators list it
			throw new Forbidden();
		}
		organization.publish(listed, precision, actor.username(), now());
		this.repository.flush();
		return details(organization, this.regions.find(organization.regionId()).orElse(null), actor);
	}

	/** Archives; {@code version}, when given, must be the one the actor saw. */
	@Transactional
	public OrganizationDetails archive(UUID id, Long version, Actor actor) {
		Organization organization = keptByCoordinators(id, actor);
		if (version != null) {
			requireVersion(organization, version);
		}
		if (!organization.archived()) {
			organization.archive(actor.username(), now());
			// flushed, so the answer carries the version the next update must send
			this.repository.flush();
			this.events.publishEvent(new OrganizationArchived(id));
		}
		return details(organization, this.regions.find(organization.regionId()).orElse(null), actor);
	}

	/** Restores; {@code version}, when given, must be the one the actor saw. */
	@Transactional
	public OrganizationDetails restore(UUID id, Long version, Actor actor) {
		Organization organization = keptByCoordinators(id, actor);
		if (version != null) {
			requireVersion(organization, version);
		}
		if (organization.archived()) {
			organization.restore(actor.username(), now());
			this.repository.flush();
			this.events.publishEvent(new OrganizationRestored(id));
		}
		return details(organization, this.regions.find(organization.regionId()).orElse(null), actor);
	}

	/**
	 * Its keepers say the entry is right as it is; {@code version}, when given, must be
	 * the one they saw.
	 */
	@Transactional
	public OrganizationDetails confirm(UUID id, Long version, Actor actor) {
		Organization organization = readable(id, actor);
		if (!RegisterPolicy.mayKeep(actor, id) || organization.archived()) {
			throw new Forbidden();
		}
		if (version != null) {
			requireVersion(organization, version);
		}
		organization.confirm(actor.username(), now());
		this.repository.flush();
		return details(organization, this.regions.find(organization.regionId()).orElse(null), actor);
	}

	/**
	 * Entries nobody confirmed within the given months, the longest unconfirmed first:
	 * the register's to-do list for those who keep it whole.
	 */
	public ResultPage<OrganizationSummary> unconfirmed(int months, int page, int size, Actor actor) {
		if (!RegisterPolicy.keepsWholeRegister(actor)) {
			throw new Forbidden();
		}
		Organizations.checkPage(page, size, OrganizationQuery.MAX_SIZE);
		Instant before = now().atZone(this.clock.getZone()).minusMonths(months).toInstant();
		Page<Organization> found = this.repository.findUnconfirmedSince(before, PageRequest.of(page, size));
		Map<UUID, RegionView> regionsById = this.regions
			.findAll(found.getContent().stream().map(Organization::regionId).collect(Collectors.toSet()));
		return new ResultPage<>(found.getContent()
			.stream()
			.map((organization) -> summary(organization, regionsById.get(organization.regionId())))
			.toList(), page, size, found.getTotalElements());
	}

	/**
	 * Organizations follow their region to its new parent, inside the move's transaction;
	 * one that would share its registry number with another organization of its new
	 * country refuses the move.
	 */
	@EventListener
	@Transactional
	void on(RegionMoved moved) {
		List<Organization> moving = this.repository.findInRegionPath(moved.oldPath());
		Set<String> keys = moving.stream()
			.map(Organization::registryKey)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		if (!keys.isEmpty()) {
			List<String> clashes = this.repository.registryNumbersOutside(moved.newCountryId(), keys, moved.oldPath());
			if (!clashes.isEmpty()) {
				throw InvalidInput.of("parentId", "organizations.error.moveClash", String.join(", ", clashes));
			}
		}
		moving.forEach((organization) -> organization.rebaseRegion(moved.oldPath(), moved.newPath()));
		try {
			this.repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// another organization took one of these numbers in the new country meanwhile
			throw InvalidInput.of("parentId", "organizations.error.moveClash", String.join(", ", keys));
		}
	}

	/**
	 * Organizations in a renamed or moved region, or below it, are found by its new
	 * names; inside the change's transaction, so the index never lags behind the names.
	 */
	@EventListener
	@Transactional
	void on(RegionRenamed renamed) {
		List<Organization> inRegion = this.repository.findInRegionPath(renamed.path());
		Map<UUID, RegionView> regionsById = this.regions
			.findAll(inRegion.stream().map(Organization::regionId).collect(Collectors.toSet()));
		inRegion.forEach((organization) -> organization.renamePlaces(regionsById.get(organization.regionId())));
	}

	private RegionView checked(OrganizationDraft draft, UUID exceptId) {
		Violations violations = OrganizationRules.check(draft, today());
		RegionView region = this.regions.find(draft.regionId()).orElse(null);
		if (draft.regionId() != null && region == null) {
			violations.add("regionId", "organizations.error.unknownRegion");
		}
		if (region != null && draft.registryNumber() != null && !violations.has("registryNumber") && this.repository
			.registryKeyTaken(region.countryId(), Organization.registryKey(draft.registryNumber()), exceptId)) {
			violations.add("registryNumber", "organizations.error.registryNumberTaken");
		}
		if (region != null) {
			OrganizationRules.checkCountry(violations, draft,
					this.regions.countryCode(region.countryId()).orElse(null));
		}
		// only identifiers of a known scheme, each valid, can be taken: the rules named
		// the others already
		draft.identifiers().forEach((name, number) -> IdentifierScheme.named(name).ifPresent((scheme) -> {
			String field = OrganizationRules.identifierField(name);
			if (!violations.has(field) && !violations.has("identifiers")
					&& this.repository.identifierTaken(scheme, IdentifierScheme.digits(number), exceptId)) {
				violations.add(field, "organizations.error.identifierTaken", OrganizationRules.label(scheme));
			}
		}));
		violations.throwIfAny();
		return region;
	}

	private void saveAndFlush(Organization organization) {
		try {
			this.repository.saveAndFlush(organization);
		}
		catch (DataIntegrityViolationException ex) {
			String cause = String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
			if (cause.contains("organization_registry_uk")) {
				// two people registered the same number at the same moment
				throw InvalidInput.of("registryNumber", "organizations.error.registryNumberTaken");
			}
			if (cause.contains("organization_identifier_uk")) {
				// the same, for a national identifier: which one, the constraint does not
				// say
				throw new InvalidInput(organization.identifiers()
					.keySet()
					.stream()
					.map((scheme) -> new Violation(OrganizationRules.identifierField(scheme.name()),
							"organizations.error.identifierTaken", List.of(OrganizationRules.label(scheme))))
					.toList());
			}
			throw ex;
		}
	}

	Organization readable(UUID id, Actor actor) {
		requireSignedIn(actor);
		Organization organization = this.repository.findByPublicId(id).orElseThrow(NotFound::new);
		if (!RegisterPolicy.mayKeep(actor, id)) {
			throw new NotFound();
		}
		return organization;
	}

	private Organization manageable(UUID id, Actor actor) {
		Organization organization = readable(id, actor);
		if (organization.archived()) {
			throw new Organization.StatusChangeRefused("organizations.error.archived");
		}
		return organization;
	}

	private Organization keptByCoordinators(UUID id, Actor actor) {
		Organization organization = readable(id, actor);
		if (!RegisterPolicy.keepsWholeRegister(actor)) {
			throw new Forbidden();
		}
		return organization;
	}

	private static void requireSignedIn(Actor actor) {
		if (!actor.isSignedIn()) {
			throw new Forbidden();
		}
	}

	static void requireVersion(Organization organization, Long version) {
		if (version != organization.version()) {
			throw new StaleVersion();
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The region's label in the reader's language (for the API, the client's). */
	private static String regionLabel(RegionView region) {
		return (region != null) ? region.label(LocaleContextHolder.getLocale()) : null;
	}

	static OrganizationSummary summary(Organization organization, RegionView region) {
		return new OrganizationSummary(organization.publicId(), organization.name(), organization.shortName(),
				organization.kind(), organization.subKind(), organization.status(), organization.regionId(),
				regionLabel(region), Set.copyOf(organization.sectors()),
				(organization.members() != null) ? organization.members().total() : null, organization.archived(),
				organization.updatedAt(), organization.foundedOn(), organization.confirmedAt());
	}

	/** By scheme name, in the schemes' order. */
	static Map<String, String> identifiers(Organization organization) {
		Map<String, String> identifiers = new LinkedHashMap<>();
		new TreeMap<>(organization.identifiers()).forEach((scheme, number) -> identifiers.put(scheme.name(), number));
		return Collections.unmodifiableMap(identifiers);
	}

	static OrganizationDetails details(Organization organization, RegionView region, Actor actor) {
		Headcount members = organization.members();
		Headcount employees = organization.employees();
		Coordinates coordinates = organization.coordinates();
		boolean open = !organization.archived();
		return new OrganizationDetails(organization.publicId(), organization.version(), organization.name(),
				organization.shortName(), organization.kind(), organization.subKind(), organization.legalForm(),
				organization.registryNumber(), identifiers(organization), organization.foundedOn(),
				organization.regionId(), regionLabel(region), organization.address(),
				(coordinates != null) ? coordinates.latitude() : null,
				(coordinates != null) ? coordinates.longitude() : null, Set.copyOf(organization.sectors()),
				(members != null) ? members.total() : null, (members != null) ? members.women() : null,
				(employees != null) ? employees.total() : null, (employees != null) ? employees.women() : null,
				organization.incomeGenerating(), List.copyOf(organization.certifications()), organization.website(),
				organization.phone(), organization.email(), organization.description(), organization.status(),
				organization.statusSince(),
				organization.statusHistory()
					.stream()
					.map((change) -> new StatusChangeView(change.from(), change.to(), change.effectiveOn(),
							change.reason(), change.changedBy(), change.recordedAt()))
					.toList(),
				organization.archived(), organization.createdAt(), organization.createdBy(), organization.updatedAt(),
				organization.updatedBy(), organization.listed(), organization.locationPrecision(),
				organization.mergedInto(), organization.confirmedAt(),
				new Permissions(open && RegisterPolicy.mayKeep(actor, organization.publicId()),
						open && organization.status() != OrganizationStatus.DISSOLVED
								&& RegisterPolicy.mayKeep(actor, organization.publicId()),
						RegisterPolicy.keepsWholeRegister(actor) && organization.mergedInto() == null,
						open && RegisterPolicy.keepsWholeRegister(actor)));
	}

}
