package org.ortak.organizations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.OrganizationRepository.PairIds;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.ResultPage;
import org.ortak.shared.Text;
import org.ortak.shared.security.Actor;

/**
 * Keeping the register free of duplicates: organizations with the same folded name in the
 * same region, or a few hundred metres apart, are offered to coordinators as pairs; a
 * pair is merged (the duplicate stays as a tombstone pointing to the survivor, both keep
 * their histories, other modules are told) or dismissed as two different organizations.
 */
@Service
@Transactional(readOnly = true)
public class Duplicates {

	/** About five hundred metres in latitude: what "at the same place" means here. */
	static final double NEAR = 0.005;

	private static final int MAX_SIZE = 100;

	private final OrganizationRepository repository;

	private final DuplicateDismissalRepository dismissals;

	private final CorrectionRepository corrections;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Duplicates(OrganizationRepository repository, DuplicateDismissalRepository dismissals,
			CorrectionRepository corrections, Regions regions, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.dismissals = dismissals;
		this.corrections = corrections;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The pairs that look like duplicates, a page at a time, for those who keep the
	 * register.
	 */
	public ResultPage<DuplicatePair> candidates(int page, int size, Actor actor) {
		requireKeeper(actor);
		Organizations.checkPage(page, size, MAX_SIZE);
		Page<PairIds> pairs = this.repository.findDuplicatePairs(NEAR, PageRequest.of(page, size));
		Map<UUID, OrganizationSummary> summaries = summaries(pairs.getContent()
			.stream()
			.flatMap((pair) -> Stream.of(pair.getFirstId(), pair.getSecondId()))
			.collect(Collectors.toSet()));
		List<DuplicatePair> items = pairs.getContent()
			.stream()
			.map((pair) -> new DuplicatePair(summaries.get(pair.getFirstId()), summaries.get(pair.getSecondId())))
			.toList();
		return new ResultPage<>(items, page, size, pairs.getTotalElements());
	}

	/**
	 * What a new organization with this draft could duplicate: the same folded name in
	 * its region or a few hundred metres from its place; at most five.
	 */
	public List<OrganizationSummary> like(OrganizationDraft draft, Actor actor) {
		if (!RegisterPolicy.keepsWholeRegister(actor) || draft.name() == null || draft.regionId() == null) {
			return List.of();
		}
		List<Organization> found = this.repository.findLike(Text.matchKey(draft.name()), draft.regionId(),
				draft.latitude(), draft.longitude(), NEAR, PageRequest.of(0, 5));
		Map<UUID, OrganizationSummary> summaries = summaries(found);
		return found.stream().map((organization) -> summaries.get(organization.publicId())).toList();
	}

	/**
	 * Merges the duplicate into the survivor; each version, when given, must be the one
	 * the actor saw.
	 */
	@Transactional
	public OrganizationDetails merge(UUID survivorId, UUID duplicateId, Long survivorVersion, Long duplicateVersion,
			Actor actor) {
		requireKeeper(actor);
		Organization survivor = this.repository.findByPublicId(survivorId)
			.orElseThrow(() -> InvalidInput.of("survivor", "organizations.error.noSuchOrganization"));
		Organization duplicate = this.repository.findByPublicId(duplicateId)
			.orElseThrow(() -> InvalidInput.of("duplicate", "organizations.error.noSuchOrganization"));
		if (survivorVersion != null) {
			Organizations.requireVersion(survivor, survivorVersion);
		}
		if (duplicateVersion != null) {
			Organizations.requireVersion(duplicate, duplicateVersion);
		}
		duplicate.mergeInto(survivor, actor.username(), this.clock.instant());
		this.corrections.moveTo(duplicateId, survivorId);
		// flushed, so the answer carries the survivor's new version
		this.repository.flush();
		this.events.publishEvent(new OrganizationsMerged(survivorId, duplicateId));
		return Organizations.details(survivor, this.regions.find(survivor.regionId()).orElse(null), actor);
	}

	/** Two organizations alike are different ones: not offered as a pair again. */
	@Transactional
	public void dismiss(UUID firstId, UUID secondId, Actor actor) {
		requireKeeper(actor);
		Map<UUID, Organization> both = this.repository.findByPublicIdIn(List.of(firstId, secondId))
			.stream()
			.collect(Collectors.toMap(Organization::publicId, Function.identity()));
		if (!both.containsKey(firstId) || !both.containsKey(secondId) || firstId.equals(secondId)) {
			throw InvalidInput.of(both.containsKey(firstId) ? "second" : "first",
					"organizations.error.noSuchOrganization");
		}
		// stored in the order the pairs are listed: the older record first
		boolean inOrder = both.get(firstId).id() < both.get(secondId).id();
		UUID first = inOrder ? firstId : secondId;
		UUID second = inOrder ? secondId : firstId;
		if (!this.dismissals.dismissed(first, second)) {
			this.dismissals.save(new DuplicateDismissal(first, second, actor.username(), this.clock.instant()));
		}
	}

	private Map<UUID, OrganizationSummary> summaries(Set<UUID> ids) {
		return summaries(this.repository.findByPublicIdIn(ids));
	}

	private Map<UUID, OrganizationSummary> summaries(Collection<Organization> organizations) {
		Map<UUID, RegionView> regionsById = this.regions
			.findAll(organizations.stream().map(Organization::regionId).collect(Collectors.toSet()));
		List<OrganizationSummary> summaries = new ArrayList<>();
		organizations.forEach((organization) -> summaries
			.add(Organizations.summary(organization, regionsById.get(organization.regionId()))));
		return summaries.stream().collect(Collectors.toMap(OrganizationSummary::id, Function.identity()));
	}

	private static void requireKeeper(Actor actor) {
		if (actor == null || !RegisterPolicy.keepsWholeRegister(actor)) {
			throw new Forbidden();
		}
	}

}
