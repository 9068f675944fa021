package org.ortak.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the organization form binds to; it keeps what was typed when the register refuses
 * it. Empty certification rows are offered for adding and ignored when left empty.
 */
class OrganizationForm {

	private static final int EMPTY_CERTIFICATION_ROWS = 2;

	private String name;

	private OrganizationKind kind;

	private String subKind;

	private String legalForm;

	private String registryNumber;

	private LocalDate foundedOn;

	private UUID regionId;

	private String address;

	private Double latitude;

	private Double longitude;

	private Set<Sector> sectors = new HashSet<>();

	private Integer membersTotal;

	private Integer membersWomen;

	private Integer employeesTotal;

	private Integer employeesWomen;

	private Boolean incomeGenerating;

	private List<CertificationForm> certifications = new ArrayList<>();

	private String website;

	private String phone;

	private String email;

	private String description;

	private OrganizationStatus status = OrganizationStatus.ACTIVE;

	private Long version;

	static OrganizationForm empty() {
		OrganizationForm form = new OrganizationForm();
		form.addEmptyCertificationRows();
		return form;
	}

	static OrganizationForm of(OrganizationDetails organization) {
		OrganizationForm form = new OrganizationForm();
		form.name = organization.name();
		form.kind = organization.kind();
		form.subKind = organization.subKind();
		form.legalForm = organization.legalForm();
		form.registryNumber = organization.registryNumber();
		form.foundedOn = organization.foundedOn();
		form.regionId = organization.regionId();
		form.address = organization.address();
		form.latitude = organization.latitude();
		form.longitude = organization.longitude();
		form.sectors = new HashSet<>(organization.sectors());
		form.membersTotal = organization.membersTotal();
		form.membersWomen = organization.membersWomen();
		form.employeesTotal = organization.employeesTotal();
		form.employeesWomen = organization.employeesWomen();
		form.incomeGenerating = organization.incomeGenerating();
		organization.certifications()
			.forEach((certification) -> form.certifications
				.add(new CertificationForm(certification.name(), certification.issuedOn())));
		form.website = organization.website();
		form.phone = organization.phone();
		form.email = organization.email();
		form.description = organization.description();
		form.status = organization.status();
		form.version = organization.version();
		form.addEmptyCertificationRows();
		return form;
	}

	void addEmptyCertificationRows() {
		long empty = this.certifications.stream().filter(CertificationForm::isEmpty).count();
		for (long i = empty; i < EMPTY_CERTIFICATION_ROWS; i++) {
			this.certifications.add(new CertificationForm());
		}
	}

	/**
	 * The draft. Empty certification rows are dropped from the form too, so that a field
	 * the register names ({@code certifications[1].name}) is the row the form shows.
	 */
	OrganizationDraft draft() {
		this.certifications.removeIf(CertificationForm::isEmpty);
		List<Certification> certificationList = new ArrayList<>();
		for (CertificationForm row : this.certifications) {
			certificationList.add(new Certification(row.getName(), row.getIssuedOn()));
		}
		return new OrganizationDraft(this.name, this.kind, this.subKind, this.legalForm, this.registryNumber,
				this.foundedOn, this.regionId, this.address, this.latitude, this.longitude, this.sectors,
				this.membersTotal, this.membersWomen, this.employeesTotal, this.employeesWomen, this.incomeGenerating,
				certificationList, this.website, this.phone, this.email, this.description);
	}

	/** One certification row of the form. */
	public static class CertificationForm {

		private String name;

		private LocalDate issuedOn;

		public CertificationForm() {
		}

		CertificationForm(String name, LocalDate issuedOn) {
			this.name = name;
			this.issuedOn = issuedOn;
		}

		boolean isEmpty() {
			return (this.name == null || this.name.isBlank()) && this.issuedOn == null;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public LocalDate getIssuedOn() {
			return this.issuedOn;
		}

		public void setIssuedOn(LocalDate issuedOn) {
			this.issuedOn = issuedOn;
		}

	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public String getSubKind() {
		return this.subKind;
	}

	public void setSubKind(String subKind) {
		this.subKind = subKind;
	}

	public String getLegalForm() {
		return this.legalForm;
	}

	public void setLegalForm(String legalForm) {
		this.legalForm = legalForm;
	}

	public String getRegistryNumber() {
		return this.registryNumber;
	}

	public void setRegistryNumber(String registryNumber) {
		this.registryNumber = registryNumber;
	}

	public LocalDate getFoundedOn() {
		return this.foundedOn;
	}

	public void setFoundedOn(LocalDate foundedOn) {
		this.foundedOn = foundedOn;
	}

	public UUID getRegionId() {
		return this.regionId;
	}

	public void setRegionId(UUID regionId) {
		this.regionId = regionId;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	public Set<Sector> getSectors() {
		return this.sectors;
	}

	public void setSectors(Set<Sector> sectors) {
		this.sectors = sectors;
	}

	public Integer getMembersTotal() {
		return this.membersTotal;
	}

	public void setMembersTotal(Integer membersTotal) {
		this.membersTotal = membersTotal;
	}

	public Integer getMembersWomen() {
		return this.membersWomen;
	}

	public void setMembersWomen(Integer membersWomen) {
		this.membersWomen = membersWomen;
	}

	public Integer getEmployeesTotal() {
		return this.employeesTotal;
	}

	public void setEmployeesTotal(Integer employeesTotal) {
		this.employeesTotal = employeesTotal;
	}

	public Integer getEmployeesWomen() {
		return this.employeesWomen;
	}

	public void setEmployeesWomen(Integer employeesWomen) {
		this.employeesWomen = employeesWomen;
	}

	public Boolean getIncomeGenerating() {
		return this.incomeGenerating;
	}

	public void setIncomeGenerating(Boolean incomeGenerating) {
		this.incomeGenerating = incomeGenerating;
	}

	public List<CertificationForm> getCertifications() {
		return this.certifications;
	}

	public void setCertifications(List<CertificationForm> certifications) {
		this.certifications = certifications;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public OrganizationStatus getStatus() {
		return this.status;
	}

	public void setStatus(OrganizationStatus status) {
		this.status = status;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
