package org.ortak.organizations.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ortak.shared.Text;
import org.ortak.shared.Violations;

/**
 * How a file's columns fill an organization's fields, how its words map to codes, and in
 * which calendar its dates are.
 *
 * @param columns the field each column fills, by the column's position; null or empty
 * where a column is left out
 * @param values for a coded field, what a word (folded, as {@link Vocabulary#key} folds
 * it) means: a code, or a region's id
 * @param calendar {@code GREGORIAN} or {@code SOLAR_HIJRI}
 */
public record ImportMapping(List<String> columns, Map<String, Map<String, String>> values, Calendar calendar) {

	/** The calendar of a file's dates. */
	public enum Calendar {

		GREGORIAN, SOLAR_HIJRI

	}

	public ImportMapping {
		columns = (columns != null) ? new ArrayList<>(columns) : new ArrayList<>();
		Map<String, Map<String, String>> folded = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((field, words) -> {
				Map<String, String> byKey = new LinkedHashMap<>();
				if (words != null) {
					words.forEach((word, code) -> {
						if (word != null && code != null && !code.isBlank()) {
							byKey.put(Vocabulary.key(word), code.strip());
						}
					});
				}
				folded.put(field, byKey);
			});
		}
		values = folded;
		calendar = (calendar != null) ? calendar : Calendar.GREGORIAN;
	}

	/**
	 * The mapping a file's headers suggest: a header that names a field in any of the
	 * five languages (its label, or the API's name of it) fills that field.
	 */
	static ImportMapping guess(List<String> headers, Map<String, ImportField> byLabel) {
		List<String> columns = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (String header : headers) {
			ImportField field = byLabel.get(Text.matchKey((header != null) ? header : ""));
			if (field != null && taken.add(field.key())) {
				columns.add(field.key());
			}
			else {
				columns.add(null);
			}
		}
		return new ImportMapping(columns, Map.of(), Calendar.GREGORIAN);
	}

	/**
	 * Refuses a mapping that fills no field, fills one field twice, names a field or code
	 * that does not exist, or has more columns than the file.
	 */
	void check(int headerCount) {
		Violations violations = new Violations();
		if (this.columns.size() > headerCount) {
			violations.add("columns", "imports.error.moreColumnsThanFile", headerCount);
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < this.columns.size(); i++) {
			String key = this.columns.get(i);
			if (key == null || key.isBlank()) {
				continue;
			}
			if (ImportField.of(key).isEmpty()) {
				violations.add("columns[" + i + "]", "imports.error.unknownField", key);
			}
			else if (!seen.add(key)) {
				violations.add("columns[" + i + "]", "imports.error.fieldTwice", key);
			}
		}
		if (seen.isEmpty() && !violations.has("columns")) {
			violations.add("columns", "imports.error.nothingMapped");
		}
		this.values.forEach((field, words) -> {
			ImportField known = ImportField.of(field).orElse(null);
			if (known == null || !known.type().coded()) {
				violations.add("values[" + field + "]", "imports.error.unknownField", field);
			}
			else if (known.type() != ImportField.Type.REGION) {
				List<String> codes = Vocabulary.codes(known.type());
				words.forEach((word, code) -> {
					if (!codes.contains(code)) {
						violations.add("values[" + field + "]", "imports.error.unknownCode", code);
					}
				});
			}
		});
		violations.throwIfAny();
	}

	/** The field a column fills, or null. */
	String fieldOf(int column) {
		String key = (column < this.columns.size()) ? this.columns.get(column) : null;
		return (key == null || key.isBlank()) ? null : key;
	}

	/** The column that fills a field, or -1. */
	int columnOf(String field) {
		return this.columns.indexOf(field);
	}

}
