package org.ortak.shared.history;

import java.util.List;
import java.util.Map;

/**
 * A page of a record's history, newest first.
 *
 * @param names labels of the ids that appear in the changes (such as regions), for
 * readers
 */
public record HistoryPage(List<HistoryEntry> items, int page, int size, long total, Map<String, String> names) {

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
