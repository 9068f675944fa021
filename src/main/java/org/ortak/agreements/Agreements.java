package org.ortak.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.accounts.Staff;
import org.ortak.networks.Networks;
import org.ortak.organizations.Organizations;
import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.security.Actor;

/**
 * Agreements and their parties' obligations: made by admins and coordinators, kept by
 * their coordinators, read as {@link AgreementPolicy} allows; the lists of agreements
 * ending soon and obligations overdue; an organization's and a network's agreements.
 * Documents are in {@link AgreementDocuments}, reminders in {@link AgreementReminders}.
 */
@Service
public class Agreements {

	/** How far ahead "ending soon" and "due soon" look, in days. */
	public static final int SOON_DAYS = 60;

	private final AgreementRepository agreements;

	private final ObligationRepository obligations;

	private final DocumentRepository documents;

	private final Organizations organizations;

	private final Networks networks;

	private final Staff staff;

	private final Clock clock;

	Agreements(AgreementRepository agreements, ObligationRepository obligations, DocumentRepository documents,
			Organizations organizations, Networks networks, Staff staff, Clock clock) {
		this.agreements = agreements;
		this.obligations = obligations;
		this.documents = documents;
		this.organizations = organizations;
		this.networks = networks;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * What a list asks for; {@code endingWithin} days from today, for the ending soon.
	 */
	public record Query(String q, AgreementKind kind, AgreementStatus status, UUID organization, UUID network,
			Integer endingWithin) {
	}

	@Transactional(readOnly = true)
	public ResultPage<AgreementSummary> search(Query query, int page, int size, Actor actor) {
		ResultPage.requireValid(page, size);
		String cleaned = Text.clean(query.q());
		new Violations().line("q", cleaned, 200).throwIfAny();
		LocalDate today = today();
		String words = Text.matchKey(cleaned);
		int within = (query.endingWithin() != null) ? Math.max(0, Math.min(query.endingWithin(), 3660)) : 0;
		Page<Agreement> found = this.agreements.search(actor.isAdmin(), coordinator(actor), actor.managedOrNone(),
				"%" + ((words != null) ? words : "") + "%", query.kind(), query.status(), query.organization() == null,
				query.organization(), query.network() == null, query.network(), query.endingWithin() != null, today,
				today.plusDays(within), PageRequest.of(page, size));
		Map<UUID, String> names = this.organizations
			.names(found.getContent().stream().flatMap((a) -> a.parties().stream()).distinct().toList());
		List<AgreementSummary> items = found.getContent()
			.stream()
			.map((a) -> new AgreementSummary(a.publicId(), a.kind(), a.status(), a.title(), a.language(), a.startsOn(),
					a.endsOn(), a.parties().stream().map(names::get).filter((n) -> n != null).toList()))
			.toList();
		return new ResultPage<>(items, found.getNumber(), found.getSize(), found.getTotalElements());
	}

	@Transactional(readOnly = true)
	public AgreementView get(UUID id, Actor actor) {
		return view(readable(id, actor), actor);
	}

	public void requireMayMake(Actor actor) {
		if (!AgreementPolicy.mayMake(actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
	}

	@Transactional
	public AgreementView create(AgreementDraft draft, Actor actor) {
		requireMayMake(actor);
		checked(draft, null, actor);
		Agreement agreement = new Agreement(now(), actor.username());
		AgreementDraft kept = resolved(draft);
		// who makes it keeps it (an admin keeps every agreement anyway)
		if (!actor.isAdmin() && !kept.coordinators().contains(actor.username())) {
			List<String> coordinators = new ArrayList<>(kept.coordinators());
			coordinators.add(actor.username());
			kept = withCoordinators(kept, coordinators);
		}
		agreement.write(kept, now(), actor.username());
		return view(this.agreements.saveAndFlush(agreement), actor);
	}

	@Transactional
	public AgreementView update(UUID id, AgreementDraft draft, Long version, Actor actor) {
		Agreement agreement = kept(id, actor);
		if (version != null && version != agreement.version()) {
			throw new StaleVersion();
		}
		checked(draft, agreement, actor);
		agreement.write(resolved(draft), now(), actor.username());
		this.agreements.flush();
		return view(agreement, actor);
	}

	@Transactional
	public ObligationView addObligation(UUID id, ObligationDraft draft, Actor actor) {
		Agreement agreement = kept(id, actor);
		draft.check(agreement.parties(), today()).throwIfAny();
		Obligation obligation = new Obligation(agreement.id(), now(), actor.username());
		obligation.write(draft, today(), now(), actor.username());
		return obligationViews(List.of(this.obligations.saveAndFlush(obligation)), actor).get(0);
	}

	@Transactional
	public ObligationView changeObligation(UUID id, UUID obligationId, ObligationDraft draft, Long version,
			Actor actor) {
		Agreement agreement = kept(id, actor);
		Obligation obligation = obligationOf(agreement, obligationId, version);
		draft.check(agreement.parties(), today()).throwIfAny();
		obligation.write(draft, today(), now(), actor.username());
		this.obligations.flush();
		return obligationViews(List.of(obligation), actor).get(0);
	}

	/**
	 * Marks an obligation done, waived or open again: its agreement's keepers and its
	 * party's managers.
	 */
	@Transactional
	public ObligationView markObligation(UUID id, UUID obligationId, ObligationStatus to, LocalDate doneOn,
			Long version, Actor actor) {
		Agreement agreement = readable(id, actor);
		Obligation obligation = obligationOf(agreement, obligationId, version);
		if (!AgreementPolicy.mayMark(actor, agreement, obligation)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		// the owing party says it is done; waiving it, or opening it again, is the
		// keepers'
		if (!AgreementPolicy.keeps(actor, agreement) && to != ObligationStatus.DONE) {
			throw new Forbidden();
		}
		Violations violations = new Violations().required("status", to);
		violations.day("doneOn", doneOn);
		violations.notAfterToday("doneOn", doneOn, today()).throwIfAny();
		obligation.mark(to, doneOn, today(), now(), actor.username());
		this.obligations.flush();
		return obligationViews(List.of(obligation), actor).get(0);
	}

	@Transactional
	public void deleteObligation(UUID id, UUID obligationId, Actor actor) {
		Agreement agreement = kept(id, actor);
		this.obligations.delete(obligationOf(agreement, obligationId, null));
	}

	/**
	 * Open obligations the reader may see, due within the days given from today
	 * ({@code 0}: the overdue alone, and those due today), of a party.
	 */
	@Transactional(readOnly = true)
	public ResultPage<ObligationView> openObligations(int dueWithin, UUID party, int page, int size, Actor actor) {
		ResultPage.requireValid(page, size);
		LocalDate by = (dueWithin > 0) ? today().plusDays(Math.min(dueWithin, 3660)) : today().minusDays(1);
		Page<Obligation> found = this.obligations.open(by, actor.isAdmin(), coordinator(actor), actor.managedOrNone(),
				party == null, party, PageRequest.of(page, size));
		return new ResultPage<>(obligationViews(found.getContent(), actor), found.getNumber(), found.getSize(),
				found.getTotalElements());
	}

	/**
	 * The parties of the agreements in force some day between the two, as the reader may
	 * see them, for the collaboration graph.
	 */
	@Transactional(readOnly = true)
	public List<org.ortak.shared.HubLink> links(LocalDate from, LocalDate to, Actor actor) {
		return this.agreements.parties(from, to, actor.isAdmin(), coordinator(actor), actor.managedOrNone())
			.stream()
			.map((row) -> new org.ortak.shared.HubLink("agreement", (UUID) row[0], (String) row[1], (UUID) row[2],
					"party"))
			.toList();
	}

	/** Whether the reader keeps the agreement. */
	@Transactional(readOnly = true)
	public boolean keeps(UUID id, Actor actor) {
		return this.agreements.findByPublicId(id).map((a) -> AgreementPolicy.keeps(actor, a)).orElse(false);
	}

	private void checked(AgreementDraft draft, Agreement existing, Actor actor) {
		Violations violations = draft.check();
		if (draft.parties().size() > AgreementDraft.MAX_PARTIES
				|| draft.coordinators().size() > AgreementDraft.MAX_COORDINATORS) {
			// refused before anything is looked up for each
			violations.throwIfAny();
		}
		Map<UUID, String> names = this.organizations.names(draft.parties());
		for (UUID party : draft.parties()) {
			if (!names.containsKey(party)) {
				violations.add("parties", "validation.badValue");
				break;
			}
		}
		if (draft.networkId() != null && this.networks.names(List.of(draft.networkId())).isEmpty()) {
			violations.add("networkId", "validation.badValue");
		}
		for (String username : draft.coordinators()) {
			if (this.staff.coordinator(username).isEmpty()) {
				violations.add("coordinators", "events.error.unknownUser", username);
			}
		}
		if (existing != null && !actor.isAdmin() && !draft.coordinators().contains(actor.username())) {
			violations.add("coordinators", "networks.error.staysCoordinator");
		}
		if (existing != null) {
			// a party with obligations stays a party while they are kept
			Set<UUID> owing = new HashSet<>();
			this.obligations.findByAgreementIdOrderByDueOnAscIdAsc(existing.id())
				.forEach((o) -> owing.add(o.organizationId()));
			owing.removeAll(draft.parties());
			if (!owing.isEmpty()) {
				violations.add("parties", "agreements.error.partyOwes");
			}
		}
		violations.throwIfAny();
	}

	/** The coordinators as their accounts spell them. */
	private AgreementDraft resolved(AgreementDraft draft) {
		Set<String> resolved = new LinkedHashSet<>();
		draft.coordinators().forEach((name) -> this.staff.coordinator(name).ifPresent(resolved::add));
		return withCoordinators(draft, List.copyOf(resolved));
	}

	private static AgreementDraft withCoordinators(AgreementDraft draft, List<String> coordinators) {
		return new AgreementDraft(draft.kind(), draft.status(), draft.visibility(), draft.language(), draft.title(),
				draft.subject(), draft.networkId(), draft.startsOn(), draft.endsOn(), draft.parties(),
				draft.signatories(), coordinators);
	}

	AgreementView view(Agreement agreement, Actor actor) {
		boolean keeps = AgreementPolicy.keeps(actor, agreement);
		Map<UUID, String> names = this.organizations.names(agreement.parties());
		List<AgreementView.Party> parties = agreement.parties()
			.stream()
			.map((party) -> new AgreementView.Party(party, names.get(party),
					agreement.signatories().stream().filter((s) -> party.equals(s.organizationId())).toList()))
			.toList();
		String networkName = (agreement.networkId() != null)
				? this.networks.names(List.of(agreement.networkId())).get(agreement.networkId()) : null;
		List<AgreementView.DocumentView> documents = AgreementPolicy.mayReadDocuments(actor, agreement)
				? this.documents.findByAgreementIdOrderByUploadedAtAscIdAsc(agreement.id())
					.stream()
					.map((d) -> AgreementDocuments.view(d, agreement.publicId()))
					.toList()
				: null;
		return new AgreementView(agreement.publicId(), agreement.version(), agreement.kind(), agreement.status(),
				agreement.visibility(), agreement.language(), agreement.title(), agreement.subject(),
				agreement.networkId(), networkName, agreement.startsOn(), agreement.endsOn(), parties,
				keeps ? List.copyOf(agreement.coordinators()) : null,
				obligationViews(this.obligations.findByAgreementIdOrderByDueOnAscIdAsc(agreement.id()), actor),
				documents, keeps);
	}

	private List<ObligationView> obligationViews(List<Obligation> found, Actor actor) {
		Map<Long, Agreement> byId = new HashMap<>();
		this.agreements.findAllById(found.stream().map(Obligation::agreementId).distinct().toList())
			.forEach((a) -> byId.put(a.id(), a));
		Map<UUID, String> names = this.organizations
			.names(found.stream().map(Obligation::organizationId).distinct().toList());
		LocalDate today = today();
		List<ObligationView> views = new ArrayList<>();
		for (Obligation o : found) {
			Agreement agreement = byId.get(o.agreementId());
			views.add(new ObligationView(o.publicId(), o.version(), agreement.publicId(), agreement.title(),
					agreement.language(), o.organizationId(), names.get(o.organizationId()), o.description(), o.dueOn(),
					o.status(), o.doneOn(), o.status() == ObligationStatus.OPEN && o.dueOn().isBefore(today),
					AgreementPolicy.mayMark(actor, agreement, o)));
		}
		return views;
	}

	Agreement readable(UUID id, Actor actor) {
		Agreement agreement = this.agreements.findByPublicId(id).orElseThrow(NotFound::new);
		if (!AgreementPolicy.mayRead(actor, agreement)) {
			throw new NotFound();
		}
		return agreement;
	}

	Agreement kept(UUID id, Actor actor) {
		Agreement agreement = readable(id, actor);
		if (!AgreementPolicy.keeps(actor, agreement)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		return agreement;
	}

	private Obligation obligationOf(Agreement agreement, UUID obligationId, Long version) {
		Obligation obligation = this.obligations.findByPublicId(obligationId)
			.filter((o) -> o.agreementId().equals(agreement.id()))
			.orElseThrow(NotFound::new);
		if (version != null && version != obligation.version()) {
			throw new StaleVersion();
		}
		return obligation;
	}

	/** The name the reader coordinates under, or one no account has. */
	private static String coordinator(Actor actor) {
		return (actor.coordinatorName() != null) ? actor.coordinatorName() : "";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
