package org.ortak.networks;

import java.util.List;
import java.util.UUID;

/**
 * The networks an organization belongs to: directly (with its role), and through the
 * networks it belongs to that are themselves members of others (a cooperative, through
 * its union, of the federation).
 */
public record Memberships(List<Direct> direct, List<Through> inherited) {

	/** A network it is a member of, in a role. */
	public record Direct(UUID networkId, String name, NetworkKind kind, MemberRole role) {
	}

	/** A network it belongs to through another. */
	public record Through(UUID networkId, String name, NetworkKind kind, UUID throughId, String throughName) {
	}

}
