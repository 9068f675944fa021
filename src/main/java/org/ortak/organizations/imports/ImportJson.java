package org.ortak.organizations.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an import keeps its headers, mapping and problems' arguments in its tables: as JSON
 * text, the same in both engines.
 */
final class ImportJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ImportJson() {
	}

	static String args(List<String> args) {
		return args.isEmpty() ? null : JSON.writeValueAsString(args);
	}

	static List<String> list(String json) {
		return (json == null || json.isBlank()) ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() {
		});
	}

	static String mapping(ImportMapping mapping) {
		return JSON.writeValueAsString(mapping);
	}

	static ImportMapping mapping(String json) {
		return (json == null || json.isBlank()) ? null : JSON.readValue(json, ImportMapping.class);
	}

	static String rows(List<List<String>> rows) {
		return JSON.writeValueAsString(rows);
	}

	static List<List<String>> rows(String json) {
		return (json == null || json.isBlank()) ? List.of()
				: JSON.readValue(json, new TypeReference<List<List<String>>>() {
				});
	}

	static String timings(Map<String, Long> timings) {
		return JSON.writeValueAsString(timings);
	}

	static Map<String, Long> timings(String json) {
		return (json == null || json.isBlank()) ? new LinkedHashMap<>()
				: JSON.readValue(json, new TypeReference<LinkedHashMap<String, Long>>() {
				});
	}

	static String headers(List<String> headers) {
		return JSON.writeValueAsString(headers);
	}

}
