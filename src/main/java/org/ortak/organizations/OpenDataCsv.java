package org.ortak.organizations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public directory's CSV: a header of stable column names, codes for kinds and
 * statuses, ASCII digits. A text cell that a spreadsheet would run as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) is written with a leading
 * apostrophe; numbers are written as numbers, so a western longitude stays negative.
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

	static void header(Writer writer) throws IOException {
		writer.write(String.join(",", COLUMNS));
		writer.write("\r\n");
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

	static void row(Writer writer, PublicOrganization o) {
		List<String> cells = cells(o).stream()
			.map((cell) -> (cell instanceof Number number) ? number.toString()
					: (cell != null) ? text(cell.toString()) : "")
			.toList();
		try {
			writer.write(String.join(",", cells));
			writer.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A text cell: quoted when it must be, never a formula. */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0 || !safe.equals(safe.strip());
		return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

	private static String identifiers(Map<String, String> identifiers) {
		return identifiers.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ":" + entry.getValue())
			.collect(Collectors.joining(" "));
	}

}
