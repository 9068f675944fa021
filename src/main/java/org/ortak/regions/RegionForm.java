package org.ortak.regions;

import java.util.UUID;

/**
 * What the region form binds to.
 */
class RegionForm {

	private String name;

	private String code;

	private UUID parentId;

	private Long version;

	static RegionForm of(RegionView region) {
		RegionForm form = new RegionForm();
		form.name = region.name();
		form.code = region.code();
		form.parentId = region.parentId();
		form.version = region.version();
		return form;
	}

	RegionDraft draft() {
		return new RegionDraft(this.name, this.code, this.parentId);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public UUID getParentId() {
		return this.parentId;
	}

	public void setParentId(UUID parentId) {
		this.parentId = parentId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
