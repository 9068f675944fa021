package org.ortak.shared.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index in the readiness probe (as {@code searchIndex}): down while it is
 * being rebuilt; how many changes are on their way to it.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

	private final SearchIndex index;

	SearchIndexHealthIndicator(SearchIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		Health.Builder health = this.index.ready() ? Health.up() : Health.outOfService();
		return health.withDetail("pendingChanges", this.index.pending()).build();
	}

}
