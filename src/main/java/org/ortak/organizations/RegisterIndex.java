package org.ortak.organizations;

import java.time.Instant;
import java.util.Map;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

import org.ortak.shared.search.SearchIndex;

/**
 * The register's search index for work written past the entities, in SQL (an import):
 * what it wrote is indexed again in bulk.
 */
@Component
public class RegisterIndex {

	private final SearchIndex searchIndex;

	RegisterIndex(SearchIndex searchIndex) {
		this.searchIndex = searchIndex;
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
