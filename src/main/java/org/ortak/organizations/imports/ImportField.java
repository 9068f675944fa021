package org.ortak.organizations.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ortak.organizations.IdentifierScheme;

/**
 * What a column of a file can fill: an organization's fields, named as the API names them
 * (an identifier as {@code identifiers[KRS]}), with the kind of value each takes.
 */
record ImportField(String key, Type type, String labelKey) {

	/** How a cell's text becomes a value. */
	enum Type {

		TEXT, INTEGER, DECIMAL, DATE, YES_NO, KIND, SUB_KIND, STATUS, SECTORS, REGION, PRECISION, IDENTIFIER;

		/** Whether its values are codes a user may map from their own words. */
		boolean coded() {
			return this == KIND || this == SUB_KIND || this == STATUS || this == SECTORS || this == REGION
					|| this == PRECISION || this == YES_NO;
		}

	}

	static final List<ImportField> ALL = all();

	private static List<ImportField> all() {
		List<ImportField> fields = new ArrayList<>(List.of(field("name", Type.TEXT),
				new ImportField("shortName", Type.TEXT, "organizations.field.shortName"), field("kind", Type.KIND),
				field("subKind", Type.SUB_KIND), field("legalForm", Type.TEXT), field("registryNumber", Type.TEXT)));
		Arrays.stream(IdentifierScheme.values())
			.forEach((scheme) -> fields.add(new ImportField("identifiers[" + scheme.name() + "]", Type.IDENTIFIER,
					"organizations.identifier." + scheme.name())));
		fields.addAll(List.of(field("foundedOn", Type.DATE), field("region", Type.REGION), field("address", Type.TEXT),
				field("latitude", Type.DECIMAL), field("longitude", Type.DECIMAL), field("sectors", Type.SECTORS),
				field("membersTotal", Type.INTEGER), own("membersWomen", Type.INTEGER),
				field("employeesTotal", Type.INTEGER), own("employeesWomen", Type.INTEGER),
				field("incomeGenerating", Type.YES_NO), field("website", Type.TEXT), field("phone", Type.TEXT),
				field("email", Type.TEXT), field("description", Type.TEXT), field("status", Type.STATUS),
				own("statusSince", Type.DATE), own("listed", Type.YES_NO), own("locationPrecision", Type.PRECISION)));
		return List.copyOf(fields);
	}

	private static ImportField field(String key, Type type) {
		return new ImportField(key, type, "organizations.field." + key);
	}

	/** A field whose label on the organization's form would be ambiguous as a header. */
	private static ImportField own(String key, Type type) {
		return new ImportField(key, type, "imports.field." + key);
	}

	static Optional<ImportField> of(String key) {
		return ALL.stream().filter((field) -> field.key.equals(key)).findFirst();
	}

	/** The identifier scheme of an identifier's field. */
	IdentifierScheme scheme() {
		return IdentifierScheme.valueOf(this.key.substring("identifiers[".length(), this.key.length() - 1));
	}

}
