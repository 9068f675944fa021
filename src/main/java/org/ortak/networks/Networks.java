package org.ortak.networks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import java.util.Set;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.accounts.Staff;
import org.ortak.events.EventDetails;
import org.ortak.events.Events;
import org.ortak.organizations.Organizations;
import org.ortak.people.People;
import org.ortak.people.PersonCard;
import org.ortak.people.PersonalData;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;

/**
 * Networks and their members. A member organization that embodies a network of its own
 * brings that network's members along: they belong through it, however deep the chain (a
 * federation, its unions, their cooperatives), and no network may become its own member
 * through the chain. A member is not added twice for days that overlap.
 */
@Service
public class Networks implements PersonalData {

	static final int MAX_PAGE_SIZE = 100;

	/** How deep a chain of networks is followed. */
	static final int MAX_DEPTH = 10;

	private final NetworkRepository networks;

	private final MemberRepository members;

	private final Organizations organizations;

	private final People people;

	private final Regions regions;

	private final Events events;

	private final Staff staff;

	private final Clock clock;

	Networks(NetworkRepository networks, MemberRepository members, Organizations organizations, People people,
			Regions regions, Events events, Staff staff, Clock clock) {
		this.networks = networks;
		this.members = members;
		this.organizations = organizations;
		this.people = people;
		this.regions = regions;
		this.events = events;
		this.staff = staff;
		this.clock = clock;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public ResultPage<NetworkSummary> search(String q, NetworkKind kind, UUID region, int page, int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw InvalidInput.of("size", "validation.range", 1, MAX_PAGE_SIZE);
		}
		if (page < 0 || page > 10_000) {
			throw InvalidInput.of("page", "validation.range", 0, 10_000);
		}
		String words = Text.clean(q);
		new Violations().line("q", words, 200).throwIfAny();
		// folded as the names are: İzmir, izmir and Izmir alike; a key holds no % or _
		String like = "%" + ((words != null) ? Text.matchKey(words) : "") + "%";
		Set<UUID> regionIds = (region != null) ? Set.of(region) : Set.of(UUID.randomUUID());
		Page<Network> found = this.networks.search(like, kind, region == null, regionIds, PageRequest.of(page, size));
		Map<UUID, RegionView> places = this.regions
			.findAll(found.getContent().stream().map(Network::regionId).filter((id) -> id != null).toList());
		Locale reader = LocaleContextHolder.getLocale();
		Map<Long, Long> counts = new HashMap<>();
		if (!found.getContent().isEmpty()) {
			this.members.countOrganizations(found.getContent().stream().map(Network::id).toList(), today())
				.forEach((row) -> counts.put((Long) row[0], (Long) row[1]));
		}
		List<NetworkSummary> items = found.getContent().stream().map((network) -> {
			RegionView place = (network.regionId() != null) ? places.get(network.regionId()) : null;
			return new NetworkSummary(network.publicId(), network.kind(), textIn(network, reader).name(),
					network.regionId(), (place != null) ? place.name(reader) : null,
					counts.getOrDefault(network.id(), 0L));
		}).toList();
		return new ResultPage<>(items, page, size, found.getTotalElements());
	}

	@Transactional(readOnly = true)
	public NetworkView get(UUID id, Actor actor) {
		return view(network(id), actor);
	}

	/** The networks an organization belongs to, directly and through others. */
	@Transactional(readOnly = true)
	public Memberships ofOrganization(UUID organizationId) {
		Locale reader = LocaleContextHolder.getLocale();
		List<Memberships.Direct> direct = new ArrayList<>();
		List<Memberships.Through> inherited = new ArrayList<>();
		List<Member> own = this.members.findByOrganizationIdIn(List.of(organizationId))
			.stream()
			.filter((m) -> m.currentOn(today()))
			.toList();
		Map<Long, Network> byId = new HashMap<>();
		this.networks.findByIdIn(own.stream().map(Member::networkId).toList()).forEach((n) -> byId.put(n.id(), n));
		Set<Long> seen = new HashSet<>(byId.keySet());
		for (Member member : own) {
			Network network = byId.get(member.networkId());
			direct.add(new Memberships.Direct(network.publicId(), textIn(network, reader).name(), network.kind(),
					member.role()));
		}
		// upwards: a network it belongs to that an organization embodies, and that
		// organization's networks
		List<Network> frontier = new ArrayList<>(byId.values());
		for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
			List<Network> next = new ArrayList<>();
			for (Network through : frontier) {
				if (through.organizationId() == null) {
					continue;
				}
				List<Member> upward = this.members.findByOrganizationIdIn(List.of(through.organizationId()))
					.stream()
					.filter((m) -> m.currentOn(today()) && !seen.contains(m.networkId()))
					.toList();
				for (Network network : this.networks.findByIdIn(upward.stream().map(Member::networkId).toList())) {
					if (seen.add(network.id())) {
						inherited.add(new Memberships.Through(network.publicId(), textIn(network, reader).name(),
								network.kind(), through.publicId(), textIn(through, reader).name()));
						next.add(network);
					}
				}
			}
			frontier = next;
		}
		return new Memberships(direct, inherited);
	}

	// ---- writing

	/** Refuses, before a form is shown, who may found no network. */
	public void requireMayFound(Actor actor) {
		if (!NetworkPolicy.mayFound(actor)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
	}

	@Transactional
	public NetworkView create(NetworkDraft draft, Actor actor) {
		requireMayFound(actor);
		Network network = new Network(now(), actor.username());
		NetworkDraft checked = checked(draft, null, actor);
		network.write(checked, now(), actor.username());
		Set<String> coordinators = coordinators(checked);
		// who founds it coordinates it (an admin keeps every network anyway)
		if (!actor.isAdmin()) {
			coordinators.add(actor.username());
		}
		network.coordinate(coordinators);
		return view(save(network), actor);
	}

	@Transactional
	public NetworkView update(UUID id, NetworkDraft draft, Long version, Actor actor) {
		Network network = kept(id, actor);
		if (version != null && version != network.version()) {
			throw new StaleVersion();
		}
		NetworkDraft checked = checked(draft, network, actor);
		network.write(checked, now(), actor.username());
		network.coordinate(coordinators(checked));
		return view(save(network), actor);
	}

	@Transactional
	public NetworkView.MemberView addMember(UUID id, MemberDraft draft, Actor actor) {
		Network network = kept(id, actor);
		Violations violations = draft.check();
		violations.throwIfAny();
		checkWho(draft);
		checkOverlap(network, draft, null);
		if (draft.organizationId() != null) {
			checkNoCycle(network, draft.organizationId());
		}
		MemberDraft added = (draft.role() != null) ? draft : new MemberDraft(draft.organizationId(), draft.personId(),
				MemberRole.MEMBER, draft.joinedOn(), draft.leftOn());
		Member member = this.members.saveAndFlush(new Member(network.id(), added, now(), actor.username()));
		return memberViews(List.of(member)).get(0);
	}

	@Transactional
	public NetworkView.MemberView changeMember(UUID id, UUID memberId, MemberDraft draft, Long version, Actor actor) {
		Network network = kept(id, actor);
		Member member = memberOf(network, memberId);
		if (version != null && version != member.version()) {
			throw new StaleVersion();
		}
		MemberDraft changed = new MemberDraft(member.organizationId(), member.personId(),
				(draft.role() != null) ? draft.role() : member.role(), draft.joinedOn(), draft.leftOn());
		changed.check().throwIfAny();
		checkOverlap(network, changed, member);
		member.change(changed.role(), changed.joinedOn(), changed.leftOn());
		this.members.flush();
		return memberViews(List.of(member)).get(0);
	}

	@Transactional
	public void removeMember(UUID id, UUID memberId, Actor actor) {
		Network network = kept(id, actor);
		this.members.delete(memberOf(network, memberId));
	}

	// ---- rules

	private NetworkDraft checked(NetworkDraft draft, Network existing, Actor actor) {
		Violations violations = draft.check();
		if (draft.regionId() != null && this.regions.find(draft.regionId()).isEmpty()) {
			violations.add("regionId", "validation.badValue");
		}
		List<UUID> orgs = new ArrayList<>();
		if (draft.coordinatorOrganizationId() != null) {
			orgs.add(draft.coordinatorOrganizationId());
		}
		if (draft.organizationId() != null) {
			orgs.add(draft.organizationId());
		}
		Map<UUID, String> names = this.organizations.names(orgs);
		if (draft.coordinatorOrganizationId() != null && !names.containsKey(draft.coordinatorOrganizationId())) {
			violations.add("coordinatorOrganizationId", "validation.badValue");
		}
		if (draft.organizationId() != null && !names.containsKey(draft.organizationId())) {
			violations.add("organizationId", "validation.badValue");
		}
		else if (draft.organizationId() != null) {
			this.networks.findByOrganizationId(draft.organizationId())
				.filter((other) -> existing == null || !other.id().equals(existing.id()))
				.ifPresent((other) -> violations.add("organizationId", "networks.error.alreadyEmbodies"));
		}
		for (String username : draft.coordinators()) {
			if (this.staff.coordinator(username).isEmpty()) {
				violations.add("coordinators", "events.error.unknownUser", username);
			}
		}
		// a coordinator who is no admin stays one: else nobody but the admins could keep
		// it
		if (existing != null && !actor.isAdmin() && !draft.coordinators().contains(actor.username())) {
			violations.add("coordinators", "networks.error.staysCoordinator");
		}
		violations.throwIfAny();
		if (existing != null && draft.organizationId() != null
				&& !draft.organizationId().equals(existing.organizationId())) {
			// embodied by an organization that is a member of networks below this one:
			// the chain would run round
			for (Member membership : this.members.findByOrganizationIdIn(List.of(draft.organizationId()))) {
				if (membership.networkId().equals(existing.id()) || below(existing).contains(membership.networkId())) {
					throw InvalidInput.of("organizationId", "networks.error.cycle");
				}
			}
		}
		return draft;
	}

	private Set<String> coordinators(NetworkDraft draft) {
		Set<String> resolved = new LinkedHashSet<>();
		draft.coordinators().forEach((name) -> this.staff.coordinator(name).ifPresent(resolved::add));
		return resolved;
	}

	private void checkWho(MemberDraft draft) {
		if (draft.organizationId() != null && this.organizations.names(List.of(draft.organizationId())).isEmpty()) {
			throw InvalidInput.of("organizationId", "validation.badValue");
		}
		if (draft.personId() != null) {
			PersonCard card = this.people.cards(List.of(draft.personId()), null).get(draft.personId());
			if (card == null || card.erased()) {
				throw InvalidInput.of("personId", "validation.badValue");
			}
		}
	}

	/** The same member twice for days that overlap is one membership too many. */
	private void checkOverlap(Network network, MemberDraft draft, Member self) {
		List<Member> same = (draft.organizationId() != null)
				? this.members.findByNetworkIdAndOrganizationId(network.id(), draft.organizationId())
				: this.members.findByNetworkIdAndPersonId(network.id(), draft.personId());
		for (Member other : same) {
			if ((self == null || !other.id().equals(self.id())) && other.overlaps(draft.joinedOn(), draft.leftOn())) {
				throw InvalidInput.of((draft.organizationId() != null) ? "organizationId" : "personId",
						"networks.error.overlap");
			}
		}
	}

	/**
	 * An organization that embodies a network brings that network, and all below it, into
	 * this one: refused when this one is among them.
	 */
	private void checkNoCycle(Network network, UUID organizationId) {
		Network embodied = this.networks.findByOrganizationId(organizationId).orElse(null);
		if (embodied == null) {
			return;
		}
		if (embodied.id().equals(network.id()) || below(embodied).contains(network.id())) {
			throw InvalidInput.of("organizationId", "networks.error.cycle");
		}
	}

	/** The networks below one: those its member organizations embody, and theirs. */
	private Set<Long> below(Network top) {
		Set<Long> seen = new HashSet<>();
		List<Long> frontier = List.of(top.id());
		for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
			List<UUID> orgs = this.members.organizationsOf(frontier)
				.stream()
				.map(Member::organizationId)
				.distinct()
				.toList();
			List<Long> next = new ArrayList<>();
			for (Network network : orgs.isEmpty() ? List.<Network>of() : this.networks.findByOrganizationIdIn(orgs)) {
				if (seen.add(network.id())) {
					next.add(network.id());
				}
			}
			frontier = next;
		}
		return seen;
	}

	private Network save(Network network) {
		try {
			return this.networks.saveAndFlush(network);
		}
		catch (DataIntegrityViolationException ex) {
			// two at once naming the same organization
			throw InvalidInput.of("organizationId", "networks.error.alreadyEmbodies");
		}
	}

	// ---- views

	private NetworkView view(Network network, Actor actor) {
		Locale reader = LocaleContextHolder.getLocale();
		boolean keeps = NetworkPolicy.keeps(actor, network);
		NetworkText text = textIn(network, reader);
		List<Member> all = this.members.ofNetwork(network.id());
		List<NetworkView.MemberView> views = memberViews(all);
		List<NetworkView.MemberView> orgs = views.stream().filter((m) -> m.organizationId() != null).toList();
		List<NetworkView.MemberView> persons = keeps ? views.stream().filter((m) -> m.personId() != null).toList()
				: List.of();
		Map<UUID, String> names = this.organizations
			.names(java.util.stream.Stream.of(network.coordinatorOrganizationId(), network.organizationId())
				.filter((id) -> id != null)
				.toList());
		RegionView place = (network.regionId() != null) ? this.regions.find(network.regionId()).orElse(null) : null;
		List<NetworkView.Meeting> meetings = new ArrayList<>();
		for (UUID eventId : network.events()) {
			try {
				EventDetails event = this.events.get(eventId, actor);
				meetings.add(new NetworkView.Meeting(event.id(), event.title(), event.startsAt(), event.endsAt(),
						event.timeZone()));
			}
			catch (NotFound | Forbidden ex) {
				// an internal meeting is for who may read it
			}
		}
		meetings.sort(java.util.Comparator.comparing(NetworkView.Meeting::startsAt));
		List<NetworkView.Ref> series = new ArrayList<>();
		for (UUID seriesId : network.series()) {
			try {
				series.add(new NetworkView.Ref(seriesId, this.events.series(seriesId, actor).name()));
			}
			catch (NotFound | Forbidden ex) {
				// a series of no public event is for who may read it
			}
		}
		Map<String, String> namesByLanguage = new LinkedHashMap<>();
		Map<String, String> purposes = new LinkedHashMap<>();
		namesByLanguage.put(network.language(), network.texts().get(network.language()).name());
		network.texts().forEach((code, t) -> namesByLanguage.putIfAbsent(code, t.name()));
		namesByLanguage.keySet().forEach((code) -> {
			String purpose = network.texts().get(code).purpose();
			if (purpose != null) {
				purposes.put(code, purpose);
			}
		});
		List<NetworkView.Ref> partOf = (network.organizationId() != null)
				? ofOrganization(network.organizationId()).direct()
					.stream()
					.map((d) -> new NetworkView.Ref(d.networkId(), d.name()))
					.toList()
				: List.of();
		return new NetworkView(network.publicId(), network.version(), network.kind(), text.name(), text.purpose(),
				languageIn(network, reader), namesByLanguage, purposes, network.regionId(),
				(place != null) ? place.name(reader) : null, ref(network.coordinatorOrganizationId(), names),
				ref(network.organizationId(), names), network.milestones(), meetings, series, orgs, inherited(network),
				persons, partOf, keeps ? List.copyOf(network.coordinators()) : null, network.updatedAt(), keeps);
	}

	/**
	 * The organizations that belong through member networks, each once, nearest first.
	 */
	private List<NetworkView.Inherited> inherited(Network top) {
		Locale reader = LocaleContextHolder.getLocale();
		Set<UUID> direct = new HashSet<>();
		this.members.ofNetwork(top.id())
			.stream()
			.filter((m) -> m.organizationId() != null && m.currentOn(today()))
			.forEach((m) -> direct.add(m.organizationId()));
		Map<UUID, NetworkView.Inherited> found = new LinkedHashMap<>();
		Set<Long> seen = new HashSet<>(List.of(top.id()));
		List<UUID> frontier = new ArrayList<>(direct);
		for (int depth = 1; depth <= MAX_DEPTH && !frontier.isEmpty(); depth++) {
			List<Network> through = this.networks.findByOrganizationIdIn(frontier)
				.stream()
				.filter((n) -> seen.add(n.id()))
				.toList();
			if (through.isEmpty()) {
				break;
			}
			Map<Long, Network> byId = new HashMap<>();
			through.forEach((n) -> byId.put(n.id(), n));
			List<Member> below = this.members.organizationsOf(byId.keySet())
				.stream()
				.filter((m) -> m.currentOn(today()))
				.toList();
			List<UUID> next = new ArrayList<>();
			for (Member member : below) {
				UUID org = member.organizationId();
				if (direct.contains(org) || found.containsKey(org)) {
					continue;
				}
				Network via = byId.get(member.networkId());
				found.put(org, new NetworkView.Inherited(org, null, via.publicId(), textIn(via, reader).name(), depth));
				next.add(org);
			}
			frontier = next;
		}
		Map<UUID, String> names = this.organizations.names(found.keySet());
		return found.values()
			.stream()
			.map((i) -> new NetworkView.Inherited(i.organizationId(), names.get(i.organizationId()), i.throughId(),
					i.throughName(), i.depth()))
			.toList();
	}

	private List<NetworkView.MemberView> memberViews(List<Member> list) {
		Map<UUID, String> orgNames = this.organizations
			.names(list.stream().map(Member::organizationId).filter((id) -> id != null).toList());
		Map<UUID, PersonCard> cards = this.people
			.cards(list.stream().map(Member::personId).filter((id) -> id != null).toList(), null);
		LocalDate today = today();
		return list.stream().map((m) -> {
			String name = (m.organizationId() != null) ? orgNames.get(m.organizationId())
					: (cards.containsKey(m.personId()) ? cards.get(m.personId()).name() : null);
			return new NetworkView.MemberView(m.publicId(), m.version(), m.organizationId(), m.personId(), name,
					m.role(), m.joinedOn(), m.leftOn(), m.currentOn(today));
		}).toList();
	}

	private static NetworkView.Ref ref(UUID id, Map<UUID, String> names) {
		return (id != null) ? new NetworkView.Ref(id, names.get(id)) : null;
	}

	static NetworkText textIn(Network network, Locale reader) {
		return network.texts().getOrDefault(Language.of(reader).code(), network.texts().get(network.language()));
	}

	private static String languageIn(Network network, Locale reader) {
		String code = Language.of(reader).code();
		return network.texts().containsKey(code) ? code : network.language();
	}

	private Network network(UUID id) {
		return this.networks.findByPublicId(id).orElseThrow(NotFound::new);
	}

	/**
	 * The network for who keeps it, locked until the change commits: two changes of its
	 * members at once are checked (overlap, cycle) one after the other.
	 */
	private Network kept(UUID id, Actor actor) {
		Network network = network(id);
		this.networks.lock(network.id());
		if (!NetworkPolicy.keeps(actor, network)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		return network;
	}

	private Member memberOf(Network network, UUID memberId) {
		return this.members.findByPublicId(memberId)
			.filter((m) -> m.networkId().equals(network.id()))
			.orElseThrow(NotFound::new);
	}

	/**
	 * Organizations in networks between the days, as members (with their role) and as the
	 * organization that embodies a network, for the collaboration graph.
	 */
	@Transactional(readOnly = true)
	public List<org.ortak.shared.HubLink> links(LocalDate from, LocalDate to) {
		List<org.ortak.shared.HubLink> links = new ArrayList<>();
		for (Object[] row : this.members.organizationLinks(from, to)) {
			links.add(new org.ortak.shared.HubLink("network", (UUID) row[0], (String) row[1], (UUID) row[2],
					((MemberRole) row[3]).name()));
		}
		for (Object[] row : this.networks.embodied()) {
			links.add(
					new org.ortak.shared.HubLink("network", (UUID) row[0], (String) row[1], (UUID) row[2], "embodies"));
		}
		return links;
	}

	@Override
	public String section() {
		return "networks";
	}

	@Override
	public Object export(UUID personId) {
		Locale reader = LocaleContextHolder.getLocale();
		List<Map<String, Object>> list = new ArrayList<>();
		for (Member member : this.members.findByPersonId(personId)) {
			Map<String, Object> item = new LinkedHashMap<>();
			this.networks.findById(member.networkId()).ifPresent((network) -> {
				item.put("network", textIn(network, reader).name());
				item.put("networkId", network.publicId());
			});
			item.put("role", member.role());
			item.put("joinedOn", member.joinedOn());
			item.put("leftOn", member.leftOn());
			list.add(item);
		}
		return list;
	}

	/** A membership names nobody but by the person's id, whose record goes anonymous. */
	@Override
	public void erase(UUID personId) {
		// kept: the network's counts rest on it
	}

	/** Whether the reader keeps the network, for its page's controls. */
	public boolean keeps(UUID id, Actor actor) {
		return NetworkPolicy.keeps(actor, network(id));
	}

	/** The names of networks, for pickers and links. */
	public Map<UUID, String> names(Collection<UUID> ids) {
		Locale reader = LocaleContextHolder.getLocale();
		Map<UUID, String> names = new HashMap<>();
		ids.forEach((id) -> this.networks.findByPublicId(id)
			.ifPresent((network) -> names.put(id, textIn(network, reader).name())));
		return names;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
