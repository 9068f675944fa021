package org.ortak.organizations;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

import org.ortak.regions.RegionView;
import org.ortak.shared.DomainException;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Text;
import org.ortak.shared.search.SearchAnalysis;

/**
 * An organization of the register. It keeps its own rules: a status changes only through
 * {@link #changeStatus}, which writes the history; an archived record stays for the
 * records that refer to it.
 */
@Entity
@Table(name = "organization")
@Indexed(index = "organization")
@TypeBinding(binder = @TypeBinderRef(type = MapFields.class))
@Audited
class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@FullTextField(analyzer = SearchAnalysis.FOLDED)
	@FullTextField(name = "name_prefix", analyzer = SearchAnalysis.PREFIX, searchAnalyzer = SearchAnalysis.TYPED)
	@FullTextField(name = "name_other", analyzer = SearchAnalysis.PREFIX_OTHER,
			searchAnalyzer = SearchAnalysis.TYPED_OTHER)
	@FullTextField(name = "name_pl", analyzer = SearchAnalysis.POLISH)
	@FullTextField(name = "name_tr", analyzer = SearchAnalysis.TURKISH)
	@KeywordField(name = "name_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
	private String name;

	// the acronym people use (LÖSEV, ROPS): an exact match ranks first
	@FullTextField(analyzer = SearchAnalysis.FOLDED)
	@Column(name = "short_name")
	private String shortName;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	@KeywordField(aggregable = Aggregable.YES)
	@Column(name = "sub_kind")
	private String subKind;

	@Column(name = "legal_form")
	private String legalForm;

	@Column(name = "registry_number")
	private String registryNumber;

	@KeywordField
	@NotAudited
	@Column(name = "registry_key")
	private String registryKey;

	// one number per scheme; unique per scheme, so per country
	// (organization_identifier_uk)
	@KeywordField
	@ElementCollection
	@CollectionTable(name = "organization_identifier", joinColumns = @JoinColumn(name = "organization_id"))
	@MapKeyColumn(name = "scheme")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "number")
	private Map<IdentifierScheme, String> identifiers = new EnumMap<>(IdentifierScheme.class);

	@NotAudited
	@Column(name = "country_id")
	private UUID countryId;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "founded_on")
	private LocalDate foundedOn;

	@Column(name = "region_id")
	private UUID regionId;

	@FullTextField(analyzer = SearchAnalysis.PATH)
	@NotAudited
	@Column(name = "region_path")
	private String regionPath;

	// every name of its region and the regions around it, in every language (issue 10)
	@FullTextField(name = "places", analyzer = SearchAnalysis.FOLDED)
	@FullTextField(name = "places_other", analyzer = SearchAnalysis.FOLDED_OTHER)
	@NotAudited
	@OptimisticLock(excluded = true)
	@Column(name = "place_names")
	private String placeNames;

	@FullTextField(analyzer = SearchAnalysis.FOLDED)
	@FullTextField(name = "address_other", analyzer = SearchAnalysis.FOLDED_OTHER)
	private String address;

	@Embedded
	private Coordinates coordinates;

	@KeywordField
	@ElementCollection
	@CollectionTable(name = "organization_sector", joinColumns = @JoinColumn(name = "organization_id"))
	@Column(name = "sector")
	@Enumerated(EnumType.STRING)
	private Set<Sector> sectors = new HashSet<>();

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "total", column = @Column(name = "members_total")),
			@AttributeOverride(name = "women", column = @Column(name = "members_women")) })
	private Headcount members;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "total", column = @Column(name = "employees_total")),
			@AttributeOverride(name = "women", column = @Column(name = "employees_women")) })
	private Headcount employees;

	@Column(name = "income_generating")
	private Boolean incomeGenerating;

	@IndexedEmbedded
	@ElementCollection
	@CollectionTable(name = "organization_certification", joinColumns = @JoinColumn(name = "organization_id"))
	@OrderColumn(name = "position")
	private List<Certification> certifications = new ArrayList<>();

	private String website;

	private String phone;

	private String email;

	@FullTextField(analyzer = SearchAnalysis.FOLDED)
	@FullTextField(name = "description_other", analyzer = SearchAnalysis.FOLDED_OTHER)
	@FullTextField(name = "description_pl", analyzer = SearchAnalysis.POLISH)
	@FullTextField(name = "description_tr", analyzer = SearchAnalysis.TURKISH)
	private String description;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	private OrganizationStatus status;

	@Column(name = "status_since")
	private LocalDate statusSince;

	// a history of its own already, written once and never changed
	@NotAudited
	@OneToMany(mappedBy = "organization", cascade = CascadeType.ALL)
	@OrderBy("recordedAt DESC, id DESC")
	private List<StatusChange> statusHistory = new ArrayList<>();

	@GenericField
	private boolean archived;

	// the survivor a merge folded this one into; a tombstone from then on
	@Column(name = "merged_into")
	private UUID mergedInto;

	// its name as duplicates are compared (Text.matchKey)
	@NotAudited
	@Column(name = "name_key")
	private String nameKey;

	@GenericField
	private boolean listed;

	@Enumerated(EnumType.STRING)
	@Column(name = "location_precision")
	private LocationPrecision locationPrecision;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	// when it was last confirmed as right: created, edited, or confirmed as it is
	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected Organization() {
	}

	/** A new organization, whose first status opens its history. */
	static Organization register(OrganizationDraft draft, RegionView region, OrganizationStatus status, String by,
			Instant now) {
		Organization organization = new Organization();
		organization.publicId = UUID.randomUUID();
		organization.createdAt = now;
		organization.createdBy = by;
		organization.revise(draft, region, by, now);
		organization.status = status;
		// listed in the public directory, except a dissolved one
		organization.listed = status != OrganizationStatus.DISSOLVED;
		organization.locationPrecision = LocationPrecision.EXACT;
		// active since founding; otherwise since when is not known until a change says so
		organization.statusSince = (status == OrganizationStatus.ACTIVE) ? draft.foundedOn() : null;
		organization.statusHistory
			.add(new StatusChange(organization, null, status, organization.statusSince, null, by, now));
		return organization;
	}

	void revise(OrganizationDraft draft, RegionView region, String by, Instant now) {
		this.name = draft.name();
		this.nameKey = Text.matchKey(draft.name());
		this.shortName = draft.shortName();
		this.kind = draft.kind();
		this.subKind = draft.subKind();
		this.legalForm = draft.legalForm();
		this.registryNumber = draft.registryNumber();
		this.registryKey = registryKey(draft.registryNumber());
		Map<IdentifierScheme, String> identifiers = new EnumMap<>(IdentifierScheme.class);
		draft.identifiers()
			.forEach((scheme, number) -> identifiers.put(IdentifierScheme.valueOf(scheme),
					IdentifierScheme.digits(number)));
		// changed in place, so that only what changed is written and audited
		this.identifiers.keySet().retainAll(identifiers.keySet());
		this.identifiers.putAll(identifiers);
		this.foundedOn = draft.foundedOn();
		placeIn(region);
		this.address = draft.address();
		this.coordinates = (draft.latitude() != null) ? new Coordinates(draft.latitude(), draft.longitude()) : null;
		this.sectors.clear();
		this.sectors.addAll(draft.sectors());
		this.members = headcount(draft.membersTotal(), draft.membersWomen());
		this.employees = headcount(draft.employeesTotal(), draft.employeesWomen());
		this.incomeGenerating = draft.incomeGenerating();
		this.certifications.clear();
		this.certifications.addAll(draft.certifications());
		this.website = draft.website();
		this.phone = draft.phone();
		this.email = draft.email();
		this.description = draft.description();
		touch(by, now);
		this.confirmedAt = now;
	}

	/** Its keepers or its own contact say it is right as it is. */
	void confirm(String by, Instant now) {
		touch(by, now);
		this.confirmedAt = now;
	}

	/**
	 * Changes the status and records why and since when. A dissolved organization stays
	 * dissolved, and a change never predates the one before it.
	 */
	void changeStatus(OrganizationStatus to, LocalDate effectiveOn, String reason, String by, Instant now) {
		if (this.status == OrganizationStatus.DISSOLVED) {
			throw new StatusChangeRefused("organizations.error.dissolvedIsFinal");
		}
		// refusals of one field stand next to that field, on the page and in the API
		if (to == this.status) {
			throw InvalidInput.of("status", "organizations.error.sameStatus");
		}
		if (this.statusSince != null && effectiveOn.isBefore(this.statusSince)) {
			throw InvalidInput.of("effectiveOn", "organizations.error.statusBeforePrevious");
		}
		this.statusHistory.add(0, new StatusChange(this, this.status, to, effectiveOn, reason, by, now));
		this.status = to;
		if (to == OrganizationStatus.DISSOLVED) {
			// a dissolved organization leaves the public directory unless listed again
			this.listed = false;
		}
		this.statusSince = effectiveOn;
		touch(by, now);
	}

	/** Whether the public directory lists it, and how precisely it shows its place. */
	void publish(boolean listed, LocationPrecision precision, String by, Instant now) {
		this.listed = listed;
		this.locationPrecision = precision;
		touch(by, now);
	}

	void archive(String by, Instant now) {
		this.archived = true;
		touch(by, now);
	}

	void restore(String by, Instant now) {
		if (this.mergedInto != null) {
			throw new MergeRefused("organizations.error.restoreMerged");
		}
		this.archived = false;
		touch(by, now);
	}

	/**
	 * Folds this duplicate into the survivor: the survivor takes what it lacks of this
	 * one's facts, and every sector and certification; this one stays, archived and
	 * unlisted, as a tombstone pointing to the survivor. Both keep their histories; the
	 * numbers stay where they were registered.
	 */
	void mergeInto(Organization survivor, String by, Instant now) {
		if (survivor.publicId.equals(this.publicId)) {
			throw new MergeRefused("organizations.error.mergeSelf");
		}
		if (this.mergedInto != null || survivor.mergedInto != null) {
			throw new MergeRefused("organizations.error.mergedAlready");
		}
		if (survivor.archived) {
			throw new MergeRefused("organizations.error.mergeIntoArchived");
		}
		survivor.absorb(this, by, now);
		// the two are one now, shown as privately as the more private of them: what one
		// kept from the public does not become public through the other
		survivor.listed = survivor.listed && this.listed;
		if (this.locationPrecision.ordinal() > survivor.locationPrecision.ordinal()) {
			survivor.locationPrecision = this.locationPrecision;
		}
		this.mergedInto = survivor.publicId;
		this.archived = true;
		this.listed = false;
		touch(by, now);
	}

	private void absorb(Organization duplicate, String by, Instant now) {
		this.shortName = (this.shortName != null) ? this.shortName : duplicate.shortName;
		this.legalForm = (this.legalForm != null) ? this.legalForm : duplicate.legalForm;
		this.foundedOn = (this.foundedOn != null) ? this.foundedOn : duplicate.foundedOn;
		if (this.address == null && this.coordinates == null) {
			this.address = duplicate.address;
			this.coordinates = duplicate.coordinates;
		}
		this.members = (this.members != null) ? this.members : duplicate.members;
		this.employees = (this.employees != null) ? this.employees : duplicate.employees;
		this.incomeGenerating = (this.incomeGenerating != null) ? this.incomeGenerating : duplicate.incomeGenerating;
		this.website = (this.website != null) ? this.website : duplicate.website;
		this.phone = (this.phone != null) ? this.phone : duplicate.phone;
		this.email = (this.email != null) ? this.email : duplicate.email;
		this.description = (this.description != null) ? this.description : duplicate.description;
		this.sectors.addAll(duplicate.sectors);
		for (Certification certification : duplicate.certifications) {
			if (this.certifications.stream().noneMatch((held) -> held.name().equals(certification.name()))) {
				this.certifications.add(certification);
			}
		}
		touch(by, now);
	}

	/** Follows its region's move to another parent. */
	void rebaseRegion(String oldPrefix, String newPrefix) {
		this.regionPath = newPrefix + this.regionPath.substring(oldPrefix.length());
		this.countryId = UUID.fromString(this.regionPath.substring(1, this.regionPath.indexOf('/', 1)));
	}

	/** Takes the names of its region as they are now, after a rename or a move. */
	void renamePlaces(RegionView region) {
		this.placeNames = region.placeNames();
	}

	private void placeIn(RegionView region) {
		this.regionId = region.id();
		this.regionPath = region.path();
		this.countryId = region.countryId();
		this.placeNames = region.placeNames();
	}

	private void touch(String by, Instant now) {
		this.updatedAt = now;
		this.updatedBy = by;
	}

	private static Headcount headcount(Integer total, Integer women) {
		return (total == null && women == null) ? null : new Headcount(total, women);
	}

	/**
	 * Registry numbers compare as people read them: without case, spaces, dashes, dots or
	 * slashes, invisible characters (U+200B, soft hyphen), in any digits ("۱۲۳" is "123")
	 * and any width ("ＫＯ" is "KO"): "KO-12 34" is "ko1234".
	 */
	static String registryKey(String registryNumber) {
		if (registryNumber == null) {
			return null;
		}
		StringBuilder key = new StringBuilder();
		Normalizer.normalize(registryNumber, Normalizer.Form.NFKC).codePoints().forEach((codePoint) -> {
			int type = Character.getType(codePoint);
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.FORMAT
					|| type == Character.DASH_PUNCTUATION || codePoint == '.' || codePoint == '/') {
				return;
			}
			int digit = Character.isDigit(codePoint) ? Character.digit(codePoint, 10) : -1;
			if (digit >= 0) {
				key.append((char) ('0' + digit));
			}
			else {
				key.appendCodePoint(codePoint);
			}
		});
		return key.toString().toUpperCase(Locale.ROOT);
	}

	/** A refused merge or restore of a merged organization, as a message key. */
	static class MergeRefused extends DomainException {

		MergeRefused(String messageKey) {
			super(messageKey);
		}

	}

	/** A refused status change, with the reason as a message key. */
	static class StatusChangeRefused extends DomainException {

		StatusChangeRefused(String messageKey) {
			super(messageKey);
		}

	}

	Long id() {
		return this.id;
	}

	public UUID publicId() {
		return this.publicId;
	}

	long version() {
		return this.version;
	}

	String name() {
		return this.name;
	}

	String shortName() {
		return this.shortName;
	}

	/** The national identifiers, by scheme, in ASCII digits. */
	Map<IdentifierScheme, String> identifiers() {
		return Collections.unmodifiableMap(this.identifiers);
	}

	OrganizationKind kind() {
		return this.kind;
	}

	String subKind() {
		return this.subKind;
	}

	String legalForm() {
		return this.legalForm;
	}

	String registryNumber() {
		return this.registryNumber;
	}

	String registryKey() {
		return this.registryKey;
	}

	LocalDate foundedOn() {
		return this.foundedOn;
	}

	UUID regionId() {
		return this.regionId;
	}

	String address() {
		return this.address;
	}

	Coordinates coordinates() {
		return this.coordinates;
	}

	Set<Sector> sectors() {
		return Collections.unmodifiableSet(this.sectors);
	}

	Headcount members() {
		return this.members;
	}

	/** The regions it lies in, itself and every one above, for counting by region. */
	@KeywordField(name = "regions", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regionPath")))
	List<String> getRegions() {
		return Arrays.stream(this.regionPath.split("/")).filter((id) -> !id.isEmpty()).toList();
	}

	/**
	 * The address as the public directory shows it (none, or without numbers, when the
	 * organization chose so): what a public search may match, so a search never confirms
	 * a hidden house number.
	 */
	@FullTextField(name = "public_address", analyzer = SearchAnalysis.FOLDED)
	@FullTextField(name = "public_address_other", analyzer = SearchAnalysis.FOLDED_OTHER)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "address")),
			@ObjectPath(@PropertyValue(propertyName = "locationPrecision")) })
	String getPublicAddress() {
		return this.locationPrecision.shown(this.address);
	}

	/** The year it was founded, for counting by year. */
	@KeywordField(name = "founded_year", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "foundedOn")))
	String getFoundedYear() {
		return (this.foundedOn != null) ? Integer.toString(this.foundedOn.getYear()) : null;
	}

	/**
	 * Members and women members, only when both are known: the women's share is Σ women ÷
	 * Σ total over the organizations that give both.
	 */
	@GenericField(name = "members_both_total", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "members")))
	Long getMembersBothTotal() {
		return both(this.members) ? Long.valueOf(this.members.total()) : null;
	}

	@GenericField(name = "members_both_women", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "members")))
	Long getMembersBothWomen() {
		return both(this.members) ? Long.valueOf(this.members.women()) : null;
	}

	@GenericField(name = "employees_both_total", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "employees")))
	Long getEmployeesBothTotal() {
		return both(this.employees) ? Long.valueOf(this.employees.total()) : null;
	}

	@GenericField(name = "employees_both_women", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "employees")))
	Long getEmployeesBothWomen() {
		return both(this.employees) ? Long.valueOf(this.employees.women()) : null;
	}

	private static boolean both(Headcount headcount) {
		return headcount != null && headcount.total() != null && headcount.women() != null;
	}

	/** How many members, for ordering the list by it. */
	@GenericField(name = "members_total", sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "members")))
	Integer getMembersTotal() {
		return (this.members != null) ? this.members.total() : null;
	}

	Headcount employees() {
		return this.employees;
	}

	Boolean incomeGenerating() {
		return this.incomeGenerating;
	}

	List<Certification> certifications() {
		return Collections.unmodifiableList(this.certifications);
	}

	String website() {
		return this.website;
	}

	String phone() {
		return this.phone;
	}

	String email() {
		return this.email;
	}

	String description() {
		return this.description;
	}

	OrganizationStatus status() {
		return this.status;
	}

	LocalDate statusSince() {
		return this.statusSince;
	}

	List<StatusChange> statusHistory() {
		return Collections.unmodifiableList(this.statusHistory);
	}

	boolean archived() {
		return this.archived;
	}

	boolean listed() {
		return this.listed;
	}

	Instant confirmedAt() {
		return this.confirmedAt;
	}

	UUID mergedInto() {
		return this.mergedInto;
	}

	String nameKey() {
		return this.nameKey;
	}

	LocationPrecision locationPrecision() {
		return this.locationPrecision;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	String createdBy() {
		return this.createdBy;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	String updatedBy() {
		return this.updatedBy;
	}

}
