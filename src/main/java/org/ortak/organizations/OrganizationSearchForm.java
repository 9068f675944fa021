package org.ortak.organizations;

import java.util.UUID;

/** The search box and filters, as the list page's URL carries them. */
class OrganizationSearchForm {

	private String q;

	private OrganizationKind kind;

	private OrganizationStatus status;

	private UUID region;

	private Sector sector;

	private boolean archived;

	private int page;

	private String sort;

	OrganizationQuery query() {
		return new OrganizationQuery(this.q, this.kind, this.status, this.region, this.sector, this.archived, this.page,
				OrganizationQuery.DEFAULT_SIZE, (this.sort != null && !this.sort.isBlank()) ? this.sort : null);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public OrganizationStatus getStatus() {
		return this.status;
	}

	public void setStatus(OrganizationStatus status) {
		this.status = status;
	}

	public UUID getRegion() {
		return this.region;
	}

	public void setRegion(UUID region) {
		this.region = region;
	}

	public Sector getSector() {
		return this.sector;
	}

	public void setSector(Sector sector) {
		this.sector = sector;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

}
