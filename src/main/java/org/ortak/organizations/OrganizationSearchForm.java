package org.ortak.organizations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The search box, filters, order and page size, as the list page's URL carries them, so a
 * link or a bookmark shows the same list.
 */
record OrganizationSearchForm(String q, OrganizationKind kind, OrganizationStatus status, UUID region, Sector sector,
		Boolean archived, Integer page, String sort, Integer size) {

	/** The page sizes offered; any other asks for the default. */
	static final List<Integer> SIZES = List.of(20, 50, 100);

	OrganizationSearchForm {
		archived = Boolean.TRUE.equals(archived);
		page = (page != null) ? page : 0;
		size = (size != null && SIZES.contains(size)) ? size : OrganizationQuery.DEFAULT_SIZE;
		sort = (sort != null && !sort.isBlank()) ? sort : null;
	}

	OrganizationQuery query() {
		return new OrganizationQuery(this.q, this.kind, this.status, this.region, this.sector, this.archived, this.page,
				this.size, this.sort);
	}

	/** This search at another page: a query string such as {@code ?q=kadin&page=2}. */
	public String atPage(int page) {
		return link(this.sort, page);
	}

	/**
	 * This search ordered by a column: ascending first, descending when it already is
	 * ascending; back to the first page.
	 */
	public String sortedBy(String column) {
		return link(column.equals(this.sort) ? "-" + column : column, 0);
	}

	/** "ascending", "descending" or "none": how the list is ordered by this column. */
	public String order(String column) {
		if (column.equals(this.sort)) {
			return "ascending";
		}
		return ("-" + column).equals(this.sort) ? "descending" : "none";
	}

	/**
	 * Whether a filter other than the words is set: the folded filters then show open.
	 */
	public boolean filtered() {
		return this.kind != null || this.status != null || this.region != null || this.sector != null
				|| Boolean.TRUE.equals(this.archived);
	}

	private String link(String sort, int page) {
		StringJoiner link = new StringJoiner("&", "?", "");
		add(link, "q", this.q);
		add(link, "kind", this.kind);
		add(link, "status", this.status);
		add(link, "region", this.region);
		add(link, "sector", this.sector);
		add(link, "archived", Boolean.TRUE.equals(this.archived) ? Boolean.TRUE : null);
		add(link, "sort", sort);
		add(link, "size", (this.size != OrganizationQuery.DEFAULT_SIZE) ? this.size : null);
		add(link, "page", (page > 0) ? page : null);
		return link.toString();
	}

	private static void add(StringJoiner link, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			link.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

}
