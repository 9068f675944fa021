package org.ortak.graph;

import java.util.List;
import java.util.UUID;

/** An organization that works with another, and through what. */
public record Partner(UUID organizationId, String name, List<Through> through) {

	/** A hub they share. */
	public record Through(String hub, UUID hubId, String label) {
	}

}
