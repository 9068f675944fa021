package org.ortak.networks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.Organizations;
import org.ortak.people.People;
import org.ortak.people.PersonCard;
import org.ortak.people.PersonalData;
import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.security.Actor;

/**
 * A network's contributions ledger. Its keepers write it; anyone reads the public lines;
 * a line for the coordinators is seen by the network's keepers and by the managers of the
 * organization that gave it, and nobody else, in lists, totals and exports alike. Totals
 * are summed by the database per contributor, kind, year, currency and status.
 */
@Service
public class Contributions implements PersonalData {

	private final ContributionRepository repository;

	private final NetworkRepository networks;

	private final Organizations organizations;

	private final People people;

	private final Clock clock;

	Contributions(ContributionRepository repository, NetworkRepository networks, Organizations organizations,
			People people, Clock clock) {
		this.repository = repository;
		this.networks = networks;
		this.organizations = organizations;
		this.people = people;
		this.clock = clock;
	}

	/** The lines and their totals, as the reader may see them. */
	public record Ledger(List<ContributionView> lines, List<ContributionTotal> totals, boolean editable) {
	}

	@Transactional(readOnly = true)
	public Ledger ledger(UUID networkId, Actor actor) {
		Network network = network(networkId);
		boolean all = NetworkPolicy.keeps(actor, network);
		Collection<UUID> own = own(actor);
		List<ContributionView> lines = views(this.repository.visible(network.id(), all, own), all);
		List<Object[]> rows = this.repository.totals(network.id(), all, own);
		Map<UUID, String> names = this.organizations
			.names(rows.stream().map((row) -> (UUID) row[0]).filter((id) -> id != null).distinct().toList());
		List<ContributionTotal> totals = rows.stream()
			.map((row) -> new ContributionTotal((UUID) row[0], (row[0] != null) ? names.get((UUID) row[0]) : null,
					(ContributionKind) row[1], ((Number) row[2]).intValue(), (String) row[3],
					(ContributionStatus) row[4], (BigDecimal) row[5], (BigDecimal) row[6],
					((Number) row[7]).longValue(), ((Number) row[8]).longValue()))
			.toList();
		return new Ledger(lines, totals, all);
	}

	@Transactional
	public ContributionView record(UUID networkId, ContributionDraft draft, Actor actor) {
		Network network = kept(networkId, actor);
		checked(draft);
		Contribution contribution = new Contribution(network.id(), now(), actor.username());
		contribution.write(draft, now(), actor.username());
		return views(List.of(this.repository.saveAndFlush(contribution)), true).get(0);
	}

	@Transactional
	public ContributionView update(UUID id, ContributionDraft draft, Long version, Actor actor) {
		Contribution contribution = keptLine(id, actor);
		if (version != null && version != contribution.version()) {
			throw new StaleVersion();
		}
		checked(draft);
		contribution.write(draft, now(), actor.username());
		this.repository.flush();
		return views(List.of(contribution), true).get(0);
	}

	@Transactional
	public void delete(UUID id, Actor actor) {
		this.repository.delete(keptLine(id, actor));
	}

	private void checked(ContributionDraft draft) {
		var violations = draft.check(LocalDate.now(this.clock));
		if (draft.organizationId() != null && this.organizations.names(List.of(draft.organizationId())).isEmpty()) {
			violations.add("organizationId", "validation.badValue");
		}
		PersonCard card = (draft.personId() != null)
				? this.people.cards(List.of(draft.personId()), null).get(draft.personId()) : null;
		if (draft.personId() != null && (card == null || card.erased())) {
			violations.add("personId", "validation.badValue");
		}
		violations.throwIfAny();
	}

	/** The organizations the reader manages: their own lines they see. */
	private static Collection<UUID> own(Actor actor) {
		Set<UUID> own = new HashSet<>(actor.organizationIds());
		// an empty "in ()" is no query every database takes
		own.add(new UUID(0, 0));
		return own;
	}

	/**
	 * The lines as shown; a person who gave is named only to the network's keepers, as
	 * its person members are.
	 */
	private List<ContributionView> views(List<Contribution> lines, boolean withPersons) {
		Map<UUID, String> orgNames = this.organizations
			.names(lines.stream().map(Contribution::organizationId).filter((id) -> id != null).distinct().toList());
		Map<UUID, PersonCard> cards = this.people
			.cards(lines.stream().map(Contribution::personId).filter((id) -> id != null).distinct().toList(), null);
		Map<Long, UUID> networkIds = new java.util.HashMap<>();
		List<ContributionView> views = new ArrayList<>();
		for (Contribution c : lines) {
			UUID networkId = networkIds.computeIfAbsent(c.networkId(),
					(id) -> this.networks.findById(id).map(Network::publicId).orElse(null));
			String contributor = (c.organizationId() != null) ? orgNames.get(c.organizationId())
					: ((withPersons && cards.containsKey(c.personId())) ? cards.get(c.personId()).name() : null);
			views.add(new ContributionView(c.publicId(), c.version(), networkId, c.eventId(), c.organizationId(),
					withPersons ? c.personId() : null, contributor, c.kind(), c.status(), c.visibility(),
					c.contributedOn(), c.description(), c.amount(), c.currency(), c.hours(), c.field(), c.persons()));
		}
		return views;
	}

	private Network network(UUID id) {
		return this.networks.findByPublicId(id).orElseThrow(NotFound::new);
	}

	private Network kept(UUID id, Actor actor) {
		Network network = network(id);
		if (!NetworkPolicy.keeps(actor, network)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		return network;
	}

	/** A line, for who keeps its network. */
	private Contribution keptLine(UUID id, Actor actor) {
		Contribution contribution = this.repository.findByPublicId(id).orElseThrow(NotFound::new);
		Network network = this.networks.findById(contribution.networkId()).orElseThrow(NotFound::new);
		if (!NetworkPolicy.keeps(actor, network)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		return contribution;
	}

	/**
	 * Who gave to which network between the days, as the reader may see it (no amounts),
	 * for the collaboration graph.
	 */
	@Transactional(readOnly = true)
	public List<org.ortak.shared.HubLink> links(LocalDate from, LocalDate to, Actor actor) {
		return this.repository.organizationLinks(from, to, actor.isAdmin(), own(actor), actor.username())
			.stream()
			.map((row) -> new org.ortak.shared.HubLink("network", (UUID) row[0], (String) row[1], (UUID) row[2],
					"contribution"))
			.toList();
	}

	@Override
	public String section() {
		return "contributions";
	}

	@Override
	public Object export(UUID personId) {
		return views(this.repository.ofPerson(personId), true);
	}

	/** A person's own contributions stay in the ledger, as the anonymous record's. */
	@Override
	public void erase(UUID personId) {
		// the person record is made anonymous; the ledger's sums stay right
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
