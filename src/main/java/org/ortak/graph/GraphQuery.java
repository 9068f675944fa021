package org.ortak.graph;

import java.time.LocalDate;
import java.util.UUID;

import org.ortak.organizations.OrganizationKind;

/**
 * What a graph is asked for: organizations in a region (any level) and of a kind, tied to
 * their hubs some day between the two (any day when not given).
 */
public record GraphQuery(UUID region, OrganizationKind kind, LocalDate from, LocalDate to) {

	static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);

	static final LocalDate EVER_TO = LocalDate.of(2100, 12, 31);

	LocalDate fromOrEver() {
		return (this.from != null) ? this.from : EVER_FROM;
	}

	LocalDate toOrEver() {
		return (this.to != null) ? this.to : EVER_TO;
	}

}
