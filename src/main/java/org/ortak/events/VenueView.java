package org.ortak.events;

import java.util.UUID;

/**
 * A venue as pages and the API show it.
 */
public record VenueView(UUID id, long version, String name, String address, UUID regionId, Double latitude,
		Double longitude, UUID organizationId, String timeZone) {

}
