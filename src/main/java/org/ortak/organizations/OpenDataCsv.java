package org.ortak.organizations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
			"employeesWomen", "website", "phone", "email", "description");

	private OpenDataCsv() {
	}

	static void header(Writer writer) throws IOException {
		writer.write(String.join(",", COLUMNS));
		writer.write("\r\n");
	}

	static void row(Writer writer, PublicOrganization o) {
		List<String> cells = List.of(o.id().toString(), text(o.name()), text(o.shortName()), o.kind().name(),
				text(o.subKind()), text(o.legalForm()), text(o.registryNumber()), text(identifiers(o.identifiers())),
				o.status().name(), (o.foundedOn() != null) ? o.foundedOn().toString() : "", o.regionId().toString(),
				text(o.regionName()), text(o.address()), number(o.latitude()), number(o.longitude()),
				o.locationPrecision().name(),
				text(o.sectors().stream().map(Enum::name).sorted().collect(Collectors.joining(" "))),
				number(o.membersTotal()), number(o.membersWomen()), number(o.employeesTotal()),
				number(o.employeesWomen()), text(o.website()), text(o.phone()), text(o.email()), text(o.description()));
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

	private static String number(Number value) {
		return (value != null) ? value.toString() : "";
	}

	private static String identifiers(Map<String, String> identifiers) {
		return identifiers.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ":" + entry.getValue())
			.collect(Collectors.joining(" "));
	}

}
