package org.ortak.networks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.events.Events;
import org.ortak.organizations.Organizations;
import org.ortak.people.People;
import org.ortak.people.PersonCard;
import org.ortak.people.PersonalData;
import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.files.Documents;
import org.ortak.shared.files.FileStorage;
import org.ortak.shared.files.Images;
import org.ortak.shared.files.StoredFiles;
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

	private final Events events;

	private final Documents documents;

	private final Images images;

	private final FileStorage storage;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<NetworkProjects> projects;

	Contributions(ContributionRepository repository, NetworkRepository networks, Organizations organizations,
			People people, Events events, Documents documents, Images images, FileStorage storage, Clock clock,
			org.springframework.beans.factory.ObjectProvider<NetworkProjects> projects) {
		this.projects = projects;
		this.repository = repository;
		this.networks = networks;
		this.organizations = organizations;
		this.people = people;
		this.events = events;
		this.documents = documents;
		this.images = images;
		this.storage = storage;
		this.clock = clock;
	}

	/** The lines and their totals, as the reader may see them. */
	public record Ledger(List<ContributionView> lines, List<ContributionTotal> totals, boolean editable) {

		/**
		 * Money delivered, per currency (never added across), by contributor: drawn as
		 * charts.
		 */
		public Map<String, List<ContributionTotal>> moneyByCurrency() {
			Map<String, List<ContributionTotal>> money = new java.util.TreeMap<>();
			this.totals.stream()
				.filter((t) -> t.kind() == ContributionKind.MONEY && t.status() == ContributionStatus.DELIVERED)
				.forEach((t) -> money.computeIfAbsent(t.currency(), (c) -> new ArrayList<>()).add(t));
			return money;
		}

	}

	@Transactional(readOnly = true)
	public Ledger ledger(UUID networkId, Actor actor) {
		Network network = network(networkId);
		boolean all = NetworkPolicy.keeps(actor, network);
		Collection<UUID> own = actor.managedOrNone();
		return new Ledger(views(this.repository.visible(network.id(), all, own), all, actor),
				totals(this.repository.totals(network.id(), all, own)), all);
	}

	/**
	 * What was given at an event outside any network, as the reader may see it: its
	 * keepers see every line, a contributor's managers their own, anyone the public ones.
	 */
	@Transactional(readOnly = true)
	public Ledger eventLedger(UUID eventId, Actor actor) {
		// who may not read the event learns nothing of it
		this.events.get(eventId, actor);
		boolean all = this.events.keeps(eventId, actor);
		Collection<UUID> own = actor.managedOrNone();
		return new Ledger(views(this.repository.visibleAtEvent(eventId, all, own), all, actor),
				totals(this.repository.totalsAtEvent(eventId, all, own)), all);
	}

	private List<ContributionTotal> totals(List<Object[]> rows) {
		Map<UUID, String> names = this.organizations
			.names(rows.stream().map((row) -> (UUID) row[0]).filter((id) -> id != null).distinct().toList());
		List<ContributionTotal> totals = rows.stream()
			.map((row) -> new ContributionTotal((UUID) row[0], (row[0] != null) ? names.get((UUID) row[0]) : null,
					(ContributionKind) row[1], ((Number) row[2]).intValue(), (String) row[3],
					(ContributionStatus) row[4], (BigDecimal) row[5], (BigDecimal) row[6],
					((Number) row[7]).longValue(), ((Number) row[8]).longValue()))
			.toList();
		return totals;
	}

	@Transactional
	public ContributionView record(UUID networkId, ContributionDraft draft, Actor actor) {
		return record(networkId, draft, null, actor);
	}

	/**
	 * A line of the network's ledger with its evidence, if any (a PDF or an image by its
	 * content): both kept, or neither.
	 */
	@Transactional
	public ContributionView record(UUID networkId, ContributionDraft draft, byte[] evidence, Actor actor) {
		Network network = kept(networkId, actor);
		checked(draft, network, actor);
		Contribution contribution = new Contribution(network.id(), now(), actor.username());
		contribution.write(draft, now(), actor.username());
		return saved(contribution, evidence, actor);
	}

	/** A line given at an event outside any network, written by the event's keepers. */
	@Transactional
	public ContributionView recordAtEvent(UUID eventId, ContributionDraft draft, byte[] evidence, Actor actor) {
		if (!this.events.keeps(eventId, actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		checked(draft, null, actor);
		Contribution contribution = new Contribution(null, now(), actor.username());
		contribution.write(new ContributionDraft(eventId, draft.organizationId(), draft.personId(), draft.kind(),
				draft.status(), draft.visibility(), draft.contributedOn(), draft.description(), draft.amount(),
				draft.currency(), draft.hours(), draft.field(), draft.persons()), now(), actor.username());
		return saved(contribution, evidence, actor);
	}

	private ContributionView saved(Contribution contribution, byte[] evidence, Actor actor) {
		if (evidence != null && evidence.length > 0) {
			keepEvidence(contribution, evidence);
		}
		return views(List.of(this.repository.saveAndFlush(contribution)), true, actor).get(0);
	}

	/** Evidence for a line, in place of what it had. */
	@Transactional
	public ContributionView attachEvidence(UUID id, byte[] evidence, Actor actor) {
		Contribution contribution = keptLine(id, actor);
		keepEvidence(contribution, evidence);
		this.repository.flush();
		return views(List.of(contribution), true, actor).get(0);
	}

	/** A line's evidence, for its keepers and the contributor's managers. */
	public record Evidence(java.io.InputStream content, String mediaType) {
	}

	@Transactional(readOnly = true)
	public Evidence evidence(UUID id, Actor actor) {
		Contribution contribution = this.repository.findByPublicId(id).orElseThrow(NotFound::new);
		if (contribution.evidenceKey() == null || !seesEvidence(contribution, actor)) {
			throw new NotFound();
		}
		return new Evidence(this.storage.open(contribution.evidenceKey()).orElseThrow(NotFound::new),
				contribution.evidenceType());
	}

	/** Upload limit: the larger of a document's and a photo's. */
	public long maxEvidenceSize() {
		return Math.max(this.documents.maxFileSize(), this.images.maxFileSize());
	}

	/**
	 * A PDF is kept as it came; an image cleaned of its metadata (a photo's location
	 * never leaves with it). The new file is removed if the line is not committed, the
	 * old one once it is.
	 */
	private void keepEvidence(Contribution contribution, byte[] evidence) {
		String key;
		String type;
		byte[] content;
		if (evidence != null && evidence.length > 4 && evidence[0] == '%' && evidence[1] == 'P' && evidence[2] == 'D'
				&& evidence[3] == 'F') {
			this.documents.checkPdf("evidence", evidence);
			content = evidence;
			type = "application/pdf";
			key = FileStorage.newKey("evidence", "pdf", this.clock);
		}
		else {
			org.ortak.shared.files.CheckedImage image;
			try {
				image = this.images.check("evidence", evidence);
			}
			catch (org.ortak.shared.InvalidInput ex) {
				throw org.ortak.shared.InvalidInput.of("evidence", "contributions.error.evidence");
			}
			content = image.content();
			type = image.mediaType();
			key = FileStorage.newKey("evidence", image.extension(), this.clock);
		}
		this.storage.put(key, content);
		StoredFiles.removeUnlessCommitted(this.storage, List.of(key));
		String old = contribution.evidence(key, type);
		if (old != null) {
			StoredFiles.removeAfterCommit(this.storage, List.of(old));
		}
	}

	private boolean seesEvidence(Contribution contribution, Actor actor) {
		return keeps(contribution, actor) || (contribution.organizationId() != null
				&& actor.managedOrganizationIds().contains(contribution.organizationId()));
	}

	private boolean keeps(Contribution contribution, Actor actor) {
		if (contribution.networkId() == null) {
			return this.events.keeps(contribution.eventId(), actor);
		}
		return this.networks.findById(contribution.networkId())
			.map((network) -> NetworkPolicy.keeps(actor, network))
			.orElse(false);
	}

	@Transactional
	public ContributionView update(UUID id, ContributionDraft draft, Long version, Actor actor) {
		Contribution contribution = keptLine(id, actor);
		if (version != null && version != contribution.version()) {
			throw new StaleVersion();
		}
		checked(draft, (contribution.networkId() != null)
				? this.networks.findById(contribution.networkId()).orElse(null) : null, actor);
		contribution.write((contribution.networkId() == null) ? atEvent(draft, contribution.eventId()) : draft, now(),
				actor.username());
		this.repository.flush();
		return views(List.of(contribution), true, actor).get(0);
	}

	/** A line given at an event stays at it. */
	private static ContributionDraft atEvent(ContributionDraft draft, UUID eventId) {
		return new ContributionDraft(eventId, draft.organizationId(), draft.personId(), draft.kind(), draft.status(),
				draft.visibility(), draft.contributedOn(), draft.description(), draft.amount(), draft.currency(),
				draft.hours(), draft.field(), draft.persons());
	}

	/**
	 * What the network's ledger holds of contributions made to one of its joint projects,
	 * as the reader may see the network's ledger.
	 */
	@Transactional(readOnly = true)
	public Ledger projectLedger(UUID projectId, UUID networkId, Actor actor) {
		Network network = network(networkId);
		boolean all = NetworkPolicy.keeps(actor, network);
		Collection<UUID> own = actor.managedOrNone();
		return new Ledger(views(this.repository.visibleForProject(network.id(), projectId, all, own), all, actor),
				totals(this.repository.totalsForProject(network.id(), projectId, all, own)), all);
	}

	/**
	 * Deletes a line; answers the page it was on ({@code /networks/…} or
	 * {@code /events/…}).
	 */
	@Transactional
	public String delete(UUID id, Actor actor) {
		Contribution contribution = keptLine(id, actor);
		String page = (contribution.networkId() != null)
				? "/networks/" + this.networks.findById(contribution.networkId()).orElseThrow().publicId()
				: "/events/" + contribution.eventId();
		this.repository.delete(contribution);
		if (contribution.evidenceKey() != null) {
			StoredFiles.removeAfterCommit(this.storage, List.of(contribution.evidenceKey()));
		}
		return page;
	}

	/**
	 * Checks a line; one made to a project must be to a joint project of its network that
	 * the writer may see (a line given at an event outside any network is to none).
	 */
	private void checked(ContributionDraft draft, Network network, Actor actor) {
		var violations = draft.check(LocalDate.now(this.clock));
		if (draft.projectId() != null) {
			NetworkProjects projects = this.projects.getIfAvailable();
			if (network == null || projects == null
					|| !projects.projectsOf(network.publicId(), actor).containsKey(draft.projectId())) {
				violations.add("projectId", "contributions.error.notAJointProject");
			}
		}
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

	/**
	 * The lines as shown; a person who gave is named only to the network's keepers, as
	 * its person members are.
	 */
	private List<ContributionView> views(List<Contribution> lines, boolean withPersons, Actor actor) {
		Map<UUID, String> orgNames = this.organizations
			.names(lines.stream().map(Contribution::organizationId).filter((id) -> id != null).distinct().toList());
		Map<UUID, PersonCard> cards = this.people
			.cards(lines.stream().map(Contribution::personId).filter((id) -> id != null).distinct().toList(), null);
		Map<Long, UUID> networkIds = new java.util.HashMap<>();
		List<ContributionView> views = new ArrayList<>();
		for (Contribution c : lines) {
			UUID networkId = (c.networkId() != null) ? networkIds.computeIfAbsent(c.networkId(),
					(id) -> this.networks.findById(id).map(Network::publicId).orElse(null)) : null;
			String evidence = (c.evidenceKey() != null && (withPersons
					|| (c.organizationId() != null && actor.managedOrganizationIds().contains(c.organizationId()))))
							? "/contributions/" + c.publicId() + "/evidence" : null;
			String contributor = (c.organizationId() != null) ? orgNames.get(c.organizationId())
					: ((withPersons && cards.containsKey(c.personId())) ? cards.get(c.personId()).name() : null);
			views.add(new ContributionView(c.publicId(), c.version(), networkId, c.eventId(), c.organizationId(),
					withPersons ? c.personId() : null, contributor, c.kind(), c.status(), c.visibility(),
					c.contributedOn(), c.description(), c.amount(), c.currency(), c.hours(), c.field(), c.persons(),
					evidence, c.projectId()));
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

	/** A line, for who keeps its network (or its event, given outside a network). */
	private Contribution keptLine(UUID id, Actor actor) {
		Contribution contribution = this.repository.findByPublicId(id).orElseThrow(NotFound::new);
		if (!keeps(contribution, actor)) {
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
		return this.repository
			.organizationLinks(from, to, actor.isAdmin(), actor.managedOrNone(),
					(actor.coordinatorName() != null) ? actor.coordinatorName() : "")
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
		return views(this.repository.ofPerson(personId), true, org.ortak.shared.security.Actor.ANONYMOUS);
	}

	/**
	 * A person's own contributions stay in the ledger, as the anonymous record's, so its
	 * sums stay right; their descriptions and evidence, which may name or show them, go.
	 */
	@Override
	public void erase(UUID personId) {
		for (Contribution contribution : this.repository.ofPerson(personId)) {
			String key = contribution.forget();
			if (key != null) {
				StoredFiles.removeAfterCommit(this.storage, List.of(key));
			}
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
