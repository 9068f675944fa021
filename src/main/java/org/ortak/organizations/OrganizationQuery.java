package org.ortak.organizations;

import java.util.UUID;

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

	public OrganizationQuery {
		q = (q != null && !q.isBlank()) ? q.strip() : null;
		page = Math.max(page, 0);
		size = (size <= 0) ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

}
