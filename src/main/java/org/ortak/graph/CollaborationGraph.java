package org.ortak.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import org.ortak.agreements.Agreements;
import org.ortak.events.Events;
import org.ortak.networks.Contributions;
import org.ortak.networks.Networks;
import org.ortak.organizations.OrganizationCard;
import org.ortak.organizations.Organizations;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.HubLink;
import org.ortak.shared.security.Actor;

/**
 * The collaboration graph, built from the links each module gives out as the reader may
 * see them (no contribution amounts, no confidential agreement, no internal event of
 * others, no unlisted organization for who is not signed in). A hub is drawn only when it
 * ties two organizations or more. When organizations and hubs together are more than
 * {@code ortak.graph.max-nodes}, the organizations are grouped by the region one level
 * below the one filtered on and by kind, and only the best-tied hubs are kept: a graph of
 * 10,000 organizations stays readable in a browser and small on the wire.
 */
@Service
public class CollaborationGraph {

	private final Networks networks;

	private final Contributions contributions;

	private final Agreements agreements;

	private final Events events;

	private final Organizations organizations;

	private final Regions regions;

	private final MessageSource messages;

	private final int maxNodes;

	CollaborationGraph(Networks networks, Contributions contributions, Agreements agreements, Events events,
			Organizations organizations, Regions regions, MessageSource messages,
			@Value("${ortak.graph.max-nodes:1500}") int maxNodes) {
		this.networks = networks;
		this.contributions = contributions;
		this.agreements = agreements;
		this.events = events;
		this.organizations = organizations;
		this.regions = regions;
		this.messages = messages;
		this.maxNodes = Math.max(10, maxNodes);
	}

	/** A hub as the graph keeps it, with the organizations tied to it and how. */
	private record Hub(String type, UUID id, String label, Map<UUID, Set<String>> ties) {
	}

	public Graph graph(GraphQuery query, Actor actor, Locale locale) {
		Map<String, Hub> hubs = hubs(query.fromOrEver(), query.toOrEver(), actor);
		Set<UUID> tied = new HashSet<>();
		hubs.values().forEach((hub) -> tied.addAll(hub.ties().keySet()));
		Map<UUID, OrganizationCard> cards = this.organizations.cards(tied);
		String segment = (query.region() != null) ? "/" + query.region() + "/" : null;
		// the organizations the query and the reader keep, then the hubs that still tie
		// two
		Map<UUID, OrganizationCard> kept = new HashMap<>();
		cards.forEach((id, card) -> {
			if ((segment == null || card.regionPath().contains(segment))
					&& (query.kind() == null || card.kind() == query.kind()) && (actor.isSignedIn() || card.listed())) {
				kept.put(id, card);
			}
		});
		List<Hub> shown = new ArrayList<>();
		for (Hub hub : hubs.values()) {
			hub.ties().keySet().retainAll(kept.keySet());
			if (hub.ties().size() > 1) {
				shown.add(hub);
			}
		}
		Set<UUID> drawn = new HashSet<>();
		shown.forEach((hub) -> drawn.addAll(hub.ties().keySet()));
		int links = shown.stream().mapToInt((hub) -> hub.ties().size()).sum();
		if (drawn.size() + shown.size() <= this.maxNodes) {
			return plain(shown, drawn, kept, links);
		}
		return aggregated(shown, drawn, kept, links, depth(segment, kept), locale);
	}

	/** Each organization its own node. */
	private Graph plain(List<Hub> shown, Set<UUID> drawn, Map<UUID, OrganizationCard> cards, int links) {
		List<Graph.Node> nodes = new ArrayList<>();
		List<Graph.Edge> edges = new ArrayList<>();
		drawn.stream()
			.map(cards::get)
			.sorted(Comparator.comparing(OrganizationCard::name))
			.forEach((card) -> nodes.add(new Graph.Node(new Graph.NodeData("o:" + card.id(), card.name(),
					"organization", card.kind().name(), 1, "/organizations/" + card.id()))));
		for (Hub hub : shown) {
			nodes.add(hubNode(hub, hub.ties().size()));
			hub.ties()
				.forEach((organization, relations) -> edges
					.add(new Graph.Edge(new Graph.EdgeData("o:" + organization + ">" + hub.type() + ":" + hub.id(),
							"o:" + organization, hub.type() + ":" + hub.id(), String.join(",", relations), 1))));
		}
		return new Graph(nodes, edges, false, drawn.size(), shown.size(), links, 0);
	}

	/**
	 * Organizations grouped by region (one level below the depth filtered on) and kind;
	 * the hubs that tie the most organizations kept, up to half the nodes.
	 */
	private Graph aggregated(List<Hub> shown, Set<UUID> drawn, Map<UUID, OrganizationCard> cards, int links, int depth,
			Locale locale) {
		int hubRoom = this.maxNodes / 2;
		List<Hub> kept = shown.stream()
			.sorted(Comparator.comparingInt((Hub hub) -> hub.ties().size()).reversed())
			.limit(hubRoom)
			.toList();
		Map<UUID, String> groupOf = new HashMap<>();
		Map<String, Integer> groupSizes = new TreeMap<>();
		Set<UUID> groupRegions = new HashSet<>();
		for (UUID id : drawn) {
			OrganizationCard card = cards.get(id);
			UUID region = regionAt(card.regionPath(), depth);
			groupRegions.add(region);
			String key = region + "|" + card.kind().name();
			groupOf.put(id, key);
			groupSizes.merge(key, 1, Integer::sum);
		}
		Map<UUID, RegionView> regionViews = this.regions.findAll(groupRegions);
		// groups and edges named by their place in the lists: short ids, a smaller graph
		Map<String, String> groupIds = new HashMap<>();
		groupSizes.keySet().forEach((key) -> groupIds.put(key, "g" + groupIds.size()));
		List<Graph.Node> nodes = new ArrayList<>();
		groupSizes.forEach((key, size) -> {
			String[] parts = key.split("\\|");
			RegionView region = regionViews.get(UUID.fromString(parts[0]));
			String label = ((region != null) ? region.name(locale) : "?") + " · "
					+ this.messages.getMessage("organizations.kind." + parts[1], null, parts[1], locale) + " (" + size
					+ ")";
			nodes.add(new Graph.Node(new Graph.NodeData(groupIds.get(key), label, "group", parts[1], size,
					"/organizations?region=" + parts[0] + "&kind=" + parts[1])));
		});
		List<Graph.Edge> edges = new ArrayList<>();
		for (Hub hub : kept) {
			nodes.add(hubNode(hub, hub.ties().size()));
			Map<String, Integer> weights = new TreeMap<>();
			Map<String, Set<String>> relations = new HashMap<>();
			hub.ties().forEach((organization, how) -> {
				String group = groupOf.get(organization);
				weights.merge(group, 1, Integer::sum);
				relations.computeIfAbsent(group, (g) -> new LinkedHashSet<>()).addAll(how);
			});
			weights.forEach((group, weight) -> edges
				.add(new Graph.Edge(new Graph.EdgeData("g:" + group + ">" + hub.type() + ":" + hub.id(), "g:" + group,
						hub.type() + ":" + hub.id(), String.join(",", relations.get(group)), weight))));
		}
		return new Graph(nodes, edges, true, drawn.size(), shown.size(), links, shown.size() - kept.size());
	}

	/**
	 * The organizations that share a hub with this one, and which, as the reader may see
	 * them: its partners, for its page.
	 */
	public List<Partner> partners(UUID organizationId, Actor actor) {
		Map<String, Hub> hubs = hubs(GraphQuery.EVER_FROM, GraphQuery.EVER_TO, actor);
		Map<UUID, List<Partner.Through>> through = new LinkedHashMap<>();
		for (Hub hub : hubs.values()) {
			if (hub.ties().containsKey(organizationId)) {
				for (UUID other : hub.ties().keySet()) {
					if (!other.equals(organizationId)) {
						through.computeIfAbsent(other, (o) -> new ArrayList<>())
							.add(new Partner.Through(hub.type(), hub.id(), hub.label()));
					}
				}
			}
		}
		Map<UUID, OrganizationCard> cards = this.organizations.cards(through.keySet());
		return through.entrySet()
			.stream()
			.filter((e) -> cards.containsKey(e.getKey()) && (actor.isSignedIn() || cards.get(e.getKey()).listed()))
			.map((e) -> new Partner(e.getKey(), cards.get(e.getKey()).name(), e.getValue()))
			.sorted(Comparator.comparingInt((Partner p) -> p.through().size()).reversed().thenComparing(Partner::name))
			.toList();
	}

	/** Every hub with the organizations tied to it and how, between the days. */
	private Map<String, Hub> hubs(LocalDate from, LocalDate to, Actor actor) {
		List<HubLink> links = new ArrayList<>(this.networks.links(from, to));
		links.addAll(this.contributions.links(from, to, actor));
		links.addAll(this.agreements.links(from, to, actor));
		links.addAll(this.events.coOrganized(from, to, actor));
		Map<String, Hub> hubs = new LinkedHashMap<>();
		for (HubLink link : links) {
			hubs.computeIfAbsent(link.hub() + ":" + link.hubId(),
					(key) -> new Hub(link.hub(), link.hubId(), link.label(), new HashMap<>()))
				.ties()
				.computeIfAbsent(link.organizationId(), (o) -> new LinkedHashSet<>())
				.add(link.relation());
		}
		return hubs;
	}

	private static Graph.Node hubNode(Hub hub, int ties) {
		String href = switch (hub.type()) {
			case "network" -> "/networks/" + hub.id();
			case "agreement" -> "/agreements/" + hub.id();
			default -> "/events/" + hub.id();
		};
		return new Graph.Node(
				new Graph.NodeData(hub.type() + ":" + hub.id(), hub.label(), hub.type(), null, ties, href));
	}

	/**
	 * How deep the groups sit: one level below the region filtered on (its depth in the
	 * paths), or the countries' first level when none is.
	 */
	private static int depth(String segment, Map<UUID, OrganizationCard> cards) {
		if (segment == null) {
			return 1;
		}
		for (OrganizationCard card : cards.values()) {
			int at = card.regionPath().indexOf(segment);
			if (at >= 0) {
				return (int) card.regionPath().substring(0, at + 1).chars().filter((c) -> c == '/').count();
			}
		}
		return 1;
	}

	/**
	 * The region at that depth of the path ({@code 0} the country), or the deepest there
	 * is.
	 */
	private static UUID regionAt(String path, int depth) {
		String[] parts = path.substring(1).split("/");
		return UUID.fromString(parts[Math.min(depth, parts.length - 1)]);
	}

}
