package org.ortak;

import java.time.Duration;

import org.ortak.shared.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indexing is asynchronous (through the outbox): a test that searches for what it has
 * just written waits until the outbox is drained, instead of sleeping.
 */
public final class SearchIndexed {

	private SearchIndexed() {
	}

	public static void await(SearchIndex index) {
		assertThat(index.awaitIndexed(Duration.ofSeconds(30))).as("every change reached the search index").isTrue();
	}

}
