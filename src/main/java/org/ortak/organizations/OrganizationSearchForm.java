package org.ortak.organizations;

import java.util.UUID;

/** The search box and filters, as the list page's URL carries them. */
record OrganizationSearchForm(String q, OrganizationKind kind, OrganizationStatus status, UUID region, Sector sector,
		Boolean archived, Integer page, String sort) {

	OrganizationSearchForm {
		archived = Boolean.TRUE.equals(archived);
		page = (page != null) ? page : 0;
	}

	OrganizationQuery query() {
		return new OrganizationQuery(this.q, this.kind, this.status, this.region, this.sector, this.archived, this.page,
				OrganizationQuery.DEFAULT_SIZE, (this.sort != null && !this.sort.isBlank()) ? this.sort : null);
	}

}
