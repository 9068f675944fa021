package org.ortak.graph;

import java.util.List;

/**
 * A graph as the browser draws it (Cytoscape's elements: each node's and edge's
 * {@code data}) with what it holds: organizations, hubs and ties in all, and whether the
 * organizations were grouped by region and kind because there were too many to draw one
 * by one ({@code aggregated}), and how many hubs were left out to keep it readable.
 */
public record Graph(List<Node> nodes, List<Edge> edges, boolean aggregated, int organizations, int hubs, int links,
		int hubsLeftOut) {

	/** A node: an organization, a group of organizations, or a hub. */
	public record Node(NodeData data) {
	}

	/**
	 * @param id {@code o:}, {@code network:}, {@code agreement:} or {@code event:} and a
	 * public id; a group's {@code g} and its number
	 * @param label its name (a group's: its region and kind)
	 * @param type {@code organization}, {@code group}, {@code network}, {@code agreement}
	 * or {@code event}
	 * @param kind an organization's or a group's kind
	 * @param count the organizations a group holds, 1 otherwise
	 * @param href its page, for the browser to open
	 */
	public record NodeData(String id, String label, String type, String kind, int count, String href) {
	}

	/** An edge from an organization (or group) to a hub. */
	public record Edge(EdgeData data) {
	}

	/**
	 * @param relation how (a member's role, {@code party}, an organizer's role,
	 * {@code contribution}, {@code embodies}; several joined by commas)
	 * @param weight the organizations it stands for (a group's)
	 */
	public record EdgeData(String id, String source, String target, String relation, int weight) {
	}

}
