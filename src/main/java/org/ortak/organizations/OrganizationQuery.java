package org.ortak.organizations;

import java.util.UUID;

import org.ortak.shared.Text;

/**
 * A search of the register: words, filters, a page and an order. The region filter
 * includes every region inside it.
 */
public record OrganizationQuery(String q, OrganizationKind kind, OrganizationStatus status, UUID region, Sector sector,
		boolean includeArchived, int page, int size, String sort) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	/** How deep one may page; narrower words or filters find what lies beyond. */
	public static final int MAX_OFFSET = 10_000;

	/**
	 * How many words and characters a search may hold: more than any name, and few enough
	 * that the index never refuses the query as too large.
	 */
	public static final int MAX_WORDS = 32;

	public static final int MAX_LENGTH = 200;

	public OrganizationQuery {
		q = Text.clean(q);
		page = Math.max(page, 0);
		size = (size <= 0) ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

}
