package org.ortak.volunteering;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.networks.NetworkView;
import org.ortak.networks.Networks;
import org.ortak.organizations.Organizations;
import org.ortak.people.People;
import org.ortak.people.PersonCard;
import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.security.Actor;

/**
 * Volunteering opportunities as their publishers keep them: published and changed by who
 * {@link VolunteeringPolicy} allows, read by anyone, their volunteers and hours seen by
 * their keepers, hours confirmed by the receiving organization alone; and the confirmed
 * totals per company and per receiving organization, summed by the database. What the
 * volunteers do through their own links is in {@link Volunteers}.
 */
@Service
public class Volunteering {

	private final OpportunityRepository opportunities;

	private final SignupRepository signups;

	private final HoursRepository hours;

	private final Organizations organizations;

	private final Networks networks;

	private final People people;

	private final Clock clock;

	Volunteering(OpportunityRepository opportunities, SignupRepository signups, HoursRepository hours,
			Organizations organizations, Networks networks, People people, Clock clock) {
		this.opportunities = opportunities;
		this.signups = signups;
		this.hours = hours;
		this.organizations = organizations;
		this.networks = networks;
		this.people = people;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ResultPage<OpportunitySummary> search(String q, UUID network, UUID organization, boolean openOnly, int page,
			int size) {
		ResultPage.requireValid(page, size);
		String cleaned = Text.clean(q);
		new Violations().line("q", cleaned, 200).throwIfAny();
		String words = Text.matchKey(cleaned);
		Page<Opportunity> found = this.opportunities.search("%" + ((words != null) ? words : "") + "%", network == null,
				network, organization == null, organization, openOnly, PageRequest.of(page, size));
		Map<UUID, String> names = this.organizations
			.names(found.getContent().stream().map(Opportunity::organizationId).distinct().toList());
		Map<Long, Long> counts = counts(found.getContent().stream().map(Opportunity::id).toList());
		List<OpportunitySummary> items = found.getContent()
			.stream()
			.map((o) -> new OpportunitySummary(o.publicId(), o.title(), o.language(), names.get(o.organizationId()),
					o.place(), o.startsOn(), o.endsOn(), o.wanted(), counts.getOrDefault(o.id(), 0L), o.open()))
			.toList();
		return new ResultPage<>(items, found.getNumber(), found.getSize(), found.getTotalElements());
	}

	@Transactional(readOnly = true)
	public OpportunityView get(UUID id, Actor actor) {
		return view(opportunity(id), actor);
	}

	public void requireMayPublish(Actor actor) {
		if (!VolunteeringPolicy.mayPublish(actor, null) && actor.managedOrganizationIds().isEmpty()) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
	}

	@Transactional
	public OpportunityView create(OpportunityDraft draft, Actor actor) {
		checked(draft, null, actor);
		if (!VolunteeringPolicy.mayPublish(actor, draft.organizationId())) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		Opportunity opportunity = new Opportunity(now(), actor.username());
		opportunity.write(draft, now(), actor.username());
		return view(this.opportunities.saveAndFlush(opportunity), actor);
	}

	@Transactional
	public OpportunityView update(UUID id, OpportunityDraft draft, Long version, Actor actor) {
		Opportunity opportunity = kept(id, actor);
		if (version != null && version != opportunity.version()) {
			throw new StaleVersion();
		}
		checked(draft, opportunity, actor);
		if (!VolunteeringPolicy.mayPublish(actor, draft.organizationId())) {
			throw new Forbidden();
		}
		opportunity.write(draft, now(), actor.username());
		this.opportunities.flush();
		return view(opportunity, actor);
	}

	/** Hours a keeper logs for a volunteer (who told them on the day). */
	@Transactional
	public HoursView logHours(UUID signupId, HoursDraft draft, Actor actor) {
		Signup signup = this.signups.findByPublicId(signupId).orElseThrow(NotFound::new);
		Opportunity opportunity = this.opportunities.findById(signup.opportunityId()).orElseThrow(NotFound::new);
		if (!VolunteeringPolicy.keeps(actor, opportunity)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		draft.check(today()).throwIfAny();
		return HoursView.of(this.hours.saveAndFlush(new Hours(signup.id(), draft, now(), actor.username())));
	}

	/**
	 * Confirms or rejects logged hours: the receiving organization's managers alone;
	 * anyone else who keeps the opportunity is told so in their language.
	 */
	@Transactional
	public HoursView decide(UUID hoursId, boolean confirmed, Long version, Actor actor) {
		Hours logged = this.hours.findByPublicId(hoursId).orElseThrow(NotFound::new);
		Signup signup = this.signups.findById(logged.signupId()).orElseThrow(NotFound::new);
		Opportunity opportunity = this.opportunities.findById(signup.opportunityId()).orElseThrow(NotFound::new);
		if (!VolunteeringPolicy.keeps(actor, opportunity)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		if (!VolunteeringPolicy.confirms(actor, opportunity)) {
			throw new NotReceivingOrganization();
		}
		if (version != null && version != logged.version()) {
			throw new StaleVersion();
		}
		logged.decide(confirmed, now(), actor.username());
		this.hours.flush();
		return HoursView.of(logged);
	}

	/**
	 * Confirmed volunteering per company and receiving organization, of a network's
	 * opportunities (or all), in a year (or ever).
	 */
	@Transactional(readOnly = true)
	public List<VolunteerTotal> totals(UUID network, Integer year) {
		if (year != null && (year < 1900 || year > 2100)) {
			throw org.ortak.shared.InvalidInput.of("year", "validation.range", "1900", "2100");
		}
		LocalDate from = (year != null) ? LocalDate.of(year, 1, 1) : LocalDate.of(1900, 1, 1);
		LocalDate to = (year != null) ? LocalDate.of(year, 12, 31) : LocalDate.of(2100, 12, 31);
		List<Object[]> rows = this.hours.totals(network == null, network, from, to);
		Map<UUID, String> names = this.organizations.names(rows.stream()
			.flatMap((row) -> Stream.of((UUID) row[0], (UUID) row[1]))
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		return rows.stream()
			.map((row) -> new VolunteerTotal((UUID) row[0], (row[0] != null) ? names.get((UUID) row[0]) : null,
					(UUID) row[1], names.get((UUID) row[1]), ((Number) row[2]).longValue(), (BigDecimal) row[3]))
			.toList();
	}

	/**
	 * The organizations a volunteer may say they come from: the current members of the
	 * network that publishes the opportunity.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> companies(UUID id) {
		Opportunity opportunity = opportunity(id);
		Map<UUID, String> companies = new java.util.LinkedHashMap<>();
		if (opportunity.networkId() != null) {
			this.networks.get(opportunity.networkId(), Actor.ANONYMOUS)
				.members()
				.stream()
				.filter(NetworkView.MemberView::current)
				.forEach((m) -> companies.put(m.organizationId(), m.name()));
		}
		return companies;
	}

	/**
	 * Besides the draft's own rules: its organizations exist; it is published in a
	 * network by who keeps the network or for one of its current members (its totals are
	 * the network's); the receiving organization of hours already given stays.
	 */
	private void checked(OpportunityDraft draft, Opportunity existing, Actor actor) {
		Violations violations = draft.check();
		if (draft.organizationId() != null && this.organizations.names(List.of(draft.organizationId())).isEmpty()) {
			violations.add("organizationId", "validation.badValue");
		}
		if (draft.networkId() != null && this.networks.names(List.of(draft.networkId())).isEmpty()) {
			violations.add("networkId", "validation.badValue");
		}
		else if (draft.networkId() != null && (existing == null || !draft.networkId().equals(existing.networkId()))
				&& !this.networks.keeps(draft.networkId(), actor)
				&& this.networks.get(draft.networkId(), actor)
					.members()
					.stream()
					.noneMatch((m) -> m.current() && m.organizationId().equals(draft.organizationId()))) {
			violations.add("networkId", "volunteering.error.notOfNetwork");
		}
		if (existing != null && !existing.organizationId().equals(draft.organizationId())
				&& !this.hours
					.findBySignupIdInOrderByWorkedOnAscIdAsc(
							this.signups.findByOpportunityIdOrderBySignedUpAtAscIdAsc(existing.id())
								.stream()
								.map(Signup::id)
								.toList())
					.isEmpty()) {
			violations.add("organizationId", "volunteering.error.organizationHasHours");
		}
		violations.throwIfAny();
	}

	OpportunityView view(Opportunity o, Actor actor) {
		boolean keeps = VolunteeringPolicy.keeps(actor, o);
		List<UUID> orgs = new ArrayList<>(List.of(o.organizationId()));
		List<SignupViewSource> sources = new ArrayList<>();
		if (keeps) {
			List<Signup> found = this.signups.findByOpportunityIdOrderBySignedUpAtAscIdAsc(o.id());
			Map<Long, List<HoursView>> byId = new HashMap<>();
			this.hours.findBySignupIdInOrderByWorkedOnAscIdAsc(found.stream().map(Signup::id).toList())
				.forEach((h) -> byId.computeIfAbsent(h.signupId(), (k) -> new ArrayList<>()).add(HoursView.of(h)));
			found.forEach((s) -> sources.add(new SignupViewSource(s, byId.getOrDefault(s.id(), List.of()))));
			found.stream().map(Signup::companyId).filter(Objects::nonNull).forEach(orgs::add);
		}
		Map<UUID, String> names = this.organizations.names(orgs.stream().distinct().toList());
		Map<UUID, PersonCard> cards = this.people
			.cards(sources.stream().map((s) -> s.signup().personId()).distinct().toList(), null);
		List<OpportunityView.SignupView> signupViews = keeps ? sources.stream().map((s) -> {
			PersonCard card = cards.get(s.signup().personId());
			return new OpportunityView.SignupView(s.signup().publicId(), s.signup().personId(),
					(card != null && !card.erased()) ? card.name() : null, s.signup().companyId(),
					(s.signup().companyId() != null) ? names.get(s.signup().companyId()) : null, s.signup().withdrawn(),
					s.signup().signedUpAt(), s.hours());
		}).toList() : null;
		long signedUp = this.signups.countActive(o.id());
		String networkName = (o.networkId() != null) ? this.networks.names(List.of(o.networkId())).get(o.networkId())
				: null;
		return new OpportunityView(o.publicId(), o.version(), o.organizationId(), names.get(o.organizationId()),
				o.networkId(), networkName, o.language(), o.title(), o.description(), o.place(), o.regionId(),
				o.startsOn(), o.endsOn(), o.skills(), o.wanted(), signedUp, takesSignups(o),
				o.wanted() != null && signedUp >= o.wanted(), keeps, VolunteeringPolicy.confirms(actor, o),
				signupViews);
	}

	private record SignupViewSource(Signup signup, List<HoursView> hours) {
	}

	/** Open, and not over. */
	boolean takesSignups(Opportunity opportunity) {
		return opportunity.open() && (opportunity.endsOn() == null || !opportunity.endsOn().isBefore(today()));
	}

	private Map<Long, Long> counts(List<Long> ids) {
		Map<Long, Long> counts = new HashMap<>();
		if (!ids.isEmpty()) {
			this.signups.countActive(ids).forEach((row) -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
		}
		return counts;
	}

	Opportunity opportunity(UUID id) {
		return this.opportunities.findByPublicId(id).orElseThrow(NotFound::new);
	}

	private Opportunity kept(UUID id, Actor actor) {
		Opportunity opportunity = opportunity(id);
		if (!VolunteeringPolicy.keeps(actor, opportunity)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		return opportunity;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
