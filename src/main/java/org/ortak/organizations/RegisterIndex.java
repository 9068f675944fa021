package org.ortak.organizations;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.LongConsumer;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.springframework.stereotype.Component;

import org.ortak.shared.search.SearchIndex;

/**
 * The register's search index for work written past the entities, in SQL (an import):
 * what it wrote is indexed again in bulk.
 */
@Component
public class RegisterIndex {

	private final SearchIndex searchIndex;

	private final EntityManager entityManager;

	RegisterIndex(SearchIndex searchIndex, EntityManager entityManager) {
		this.searchIndex = searchIndex;
		this.entityManager = entityManager;
	}

	/**
	 * Takes these organizations (by internal id) out of the index when the transaction
	 * that removed them commits: through the indexing outbox, so a crash loses nothing.
	 */
	public void forget(Collection<Long> ids) {
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		ids.forEach((id) -> plan.purge(Organization.class, id, null));
	}

	/**
	 * Indexes the organizations written at this instant by this user, as one piece of
	 * work writes them all.
	 * @param indexed told how many more were indexed, as they are
	 */
	public void reindexWritten(Instant at, String by, LongConsumer indexed) {
		this.searchIndex.reindex(Organization.class, "e.updatedAt = :at and e.updatedBy = :by",
				Map.of("at", at, "by", by), indexed);
	}

}
