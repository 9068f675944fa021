package org.ortak.networks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A network whole, as its page and the API show it to the reader: its texts in the
 * reader's language (or its own), its road map, its meetings, its member organizations,
 * direct and inherited; its person members and coordinators only for who keeps it.
 */
public record NetworkView(UUID id, long version, NetworkKind kind, String name, String purpose, String language,
		Map<String, String> names, Map<String, String> purposes, UUID regionId, String regionName,
		Ref coordinatorOrganization, Ref organization, List<Milestone> milestones, List<Meeting> meetings,
		List<Ref> series, List<MemberView> members, List<Inherited> inherited, List<MemberView> persons,
		List<Ref> partOf, List<String> coordinators, Instant updatedAt, boolean editable) {

	/** Something named, by its public id. */
	public record Ref(UUID id, String name) {
	}

	/** An event that is one of its meetings. */
	public record Meeting(UUID id, String title, Instant startsAt, Instant endsAt, String timeZone) {
	}

	/**
	 * An organization that belongs through a member that is itself a network (a
	 * cooperative through its union), with the network it belongs through and how many
	 * steps away it is.
	 */
	public record Inherited(UUID organizationId, String name, UUID throughId, String throughName, int depth) {
	}

	/** A direct member as listed: who, in what role, from and until when. */
	public record MemberView(UUID id, long version, UUID organizationId, UUID personId, String name, MemberRole role,
			LocalDate joinedOn, LocalDate leftOn, boolean current) {
	}

}
