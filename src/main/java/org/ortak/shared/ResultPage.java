package org.ortak.shared;

import java.util.List;

/**
 * One page of results and where it stands among all of them.
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

}
