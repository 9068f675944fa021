package org.ortak.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public directory's columns, for CSV and XLSX ({@link TableFile}): stable names,
 * codes for kinds and statuses, ASCII digits, numbers as numbers (a western longitude
 * stays negative).
 */
final class OpenDataCsv {

	static final List<String> COLUMNS = List.of("id", "name", "shortName", "kind", "subKind", "legalForm",
			"registryNumber", "identifiers", "status", "foundedOn", "regionId", "region", "address", "latitude",
			"longitude", "locationPrecision", "sectors", "membersTotal", "membersWomen", "employeesTotal",
			"employeesWomen", "website", "phone", "email", "description",
			// a new column goes at the end: a reader's column numbers stay right
			"essglobalOrganisationalStructure");

	private OpenDataCsv() {
	}

	/**
	 * One organization's cells, in the order of {@link #COLUMNS}: text as strings,
	 * numbers as numbers, absent values as null.
	 */
	static List<Object> cells(PublicOrganization o) {
		List<Object> cells = new ArrayList<>(COLUMNS.size());
		cells.add(o.id().toString());
		cells.add(o.name());
		cells.add(o.shortName());
		cells.add(o.kind().name());
		cells.add(o.subKind());
		cells.add(o.legalForm());
		cells.add(o.registryNumber());
		cells.add(identifiers(o.identifiers()));
		cells.add(o.status().name());
		cells.add((o.foundedOn() != null) ? o.foundedOn().toString() : null);
		cells.add(o.regionId().toString());
		cells.add(o.regionName());
		cells.add(o.address());
		cells.add(o.latitude());
		cells.add(o.longitude());
		cells.add(o.locationPrecision().name());
		cells.add(o.sectors().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")));
		cells.add(o.membersTotal());
		cells.add(o.membersWomen());
		cells.add(o.employeesTotal());
		cells.add(o.employeesWomen());
		cells.add(o.website());
		cells.add(o.phone());
		cells.add(o.email());
		cells.add(o.description());
		cells.add(o.essglobalOrganisationalStructure());
		return cells;
	}

	static String identifiers(Map<String, String> identifiers) {
		return identifiers.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ":" + entry.getValue())
			.collect(Collectors.joining(" "));
	}

}
