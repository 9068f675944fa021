package org.ortak.shared;

import java.util.List;

/**
 * One page of results and where it stands among all of them.
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalElements) {

	/** The most pages a list goes to, and the largest page. */
	public static final int MAX_PAGE = 10_000;

	public static final int MAX_SIZE = 100;

	/**
	 * Refuses a page or a size no list serves, naming the parameter: a page beyond
	 * {@link #MAX_PAGE} (its offset would overflow), a size outside 1–{@link #MAX_SIZE}.
	 */
	public static void requireValid(int page, int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidInput.of("size", "validation.range", 1, MAX_SIZE);
		}
		if (page < 0 || page > MAX_PAGE) {
			throw InvalidInput.of("page", "validation.range", 0, MAX_PAGE);
		}
	}

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
