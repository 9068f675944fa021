package org.ortak.organizations.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One row of a file as staged in {@code import_row}: its values typed (null where the
 * cell was empty), its sectors and identifiers, and what is wrong with it.
 */
final class StagedRow {

	/** The columns of {@code import_row} a row is staged in, in this order. */
	static final List<String> COLUMNS = List.of("import_id", "line", "action", "bad", "public_id", "name", "name_key",
			"short_name", "kind", "sub_kind", "sub_kind_of", "sub_kind_countries", "legal_form", "registry_number",
			"registry_key", "country_id", "founded_on", "region_id", "region_path", "place_names", "address",
			"latitude", "longitude", "members_total", "members_women", "employees_total", "employees_women",
			"income_generating", "website", "phone", "email", "description", "status", "status_since", "listed",
			"location_precision", "sectors_given");

	/** What an organization's row changes when it is applied, for set-based SQL. */
	static final List<String> VALUE_COLUMNS = COLUMNS.subList(COLUMNS.indexOf("name"),
			COLUMNS.indexOf("sectors_given"));

	final int line;

	final UUID publicId = UUID.randomUUID();

	String name;

	String nameKey;

	String shortName;

	String kind;

	String subKind;

	String subKindOf;

	String subKindCountries;

	String legalForm;

	String registryNumber;

	String registryKey;

	UUID countryId;

	LocalDate foundedOn;

	UUID regionId;

	String regionPath;

	String placeNames;

	String address;

	Double latitude;

	Double longitude;

	Integer membersTotal;

	Integer membersWomen;

	Integer employeesTotal;

	Integer employeesWomen;

	Boolean incomeGenerating;

	String website;

	String phone;

	String email;

	String description;

	String status;

	LocalDate statusSince;

	Boolean listed;

	String locationPrecision;

	/** Null where the file has no sectors for it (the stored ones stay). */
	List<String> sectors;

	/** Scheme to digits, and scheme to its country's ISO code. */
	final Map<String, String> identifiers = new LinkedHashMap<>();

	final Map<String, String> identifierCountries = new LinkedHashMap<>();

	final List<Problem> problems = new ArrayList<>();

	StagedRow(int line) {
		this.line = line;
	}

	/** What is wrong with a cell of a row: message key and arguments. */
	record Problem(int line, String column, String field, String value, String code, List<String> args) {
	}

	boolean bad() {
		return this.problems.stream().anyMatch((problem) -> !problem.code().startsWith("imports.warning."));
	}

	/** Its values in the order of {@link #COLUMNS}. */
	Object[] values(long importId) {
		return new Object[] { importId, this.line, "NEW", bad(), this.publicId, this.name, this.nameKey, this.shortName,
				this.kind, this.subKind, this.subKindOf, this.subKindCountries, this.legalForm, this.registryNumber,
				this.registryKey, this.countryId, this.foundedOn, this.regionId, this.regionPath, this.placeNames,
				this.address, this.latitude, this.longitude, this.membersTotal, this.membersWomen, this.employeesTotal,
				this.employeesWomen, this.incomeGenerating, this.website, this.phone, this.email, this.description,
				this.status, this.statusSince, this.listed, this.locationPrecision, this.sectors != null };
	}

}
