package org.ortak.regions;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.ortak.shared.i18n.Language;

/**
 * A region as other modules, pages and the API see it. Pages show it in the reader's
 * language with {@link #name(Locale)} and {@link #label(Locale)}.
 *
 * @param name its own name, as written where it is
 * @param names its names by language code ({@code "pl": "Turcja"}), where it has them
 * @param isoCode ISO 3166-1 alpha-2 for a country, ISO 3166-2 for a subdivision
 * @param nationalCode the country's own code (TERYT in Poland)
 * @param path the public ids from the country down, as {@code /a/b/c/}
 * @param label its own names from the country down, as "Türkiye › Kocaeli › Kartepe"
 * @param depth 0 for a country, 1 right inside it, and so on
 * @param lineage the names of the country and every region down to this one
 */
public record RegionView(UUID id, long version, String name, Map<String, String> names, RegionLevel level,
		String isoCode, String nationalCode, UUID parentId, String path, String label, int depth,
		@JsonIgnore List<Names> lineage) {

	private static final String SEPARATOR = " › ";

	/** A region that knows no names beyond its own and those of the regions above it. */
	public static RegionView of(UUID id, long version, RegionLevel level, String isoCode, String nationalCode,
			UUID parentId, String path, List<Names> lineage) {
		Names own = lineage.get(lineage.size() - 1);
		Map<String, String> names = new LinkedHashMap<>();
		own.translated().forEach((language, translated) -> names.put(language.code(), translated));
		String label = lineage.stream().map(Names::own).collect(Collectors.joining(SEPARATOR));
		return new RegionView(id, version, own.own(), names, level, isoCode, nationalCode, parentId, path, label,
				lineage.size() - 1, List.copyOf(lineage));
	}

	/** One region's own name and its names by language. */
	public record Names(String own, Map<Language, String> translated) {

		public Names {
			translated = translated.isEmpty() ? Map.of() : new EnumMap<>(translated);
		}

		/** The name in this language, or its own name where it has none. */
		public String in(Language language) {
			return this.translated.getOrDefault(language, this.own);
		}

	}

	/** Its name in the reader's language, or its own. */
	public String name(Locale locale) {
		return this.lineage.get(this.lineage.size() - 1).in(Language.of(locale));
	}

	/**
	 * "Turcja › Kocaeli › Kartepe": the names from the country down, in the reader's
	 * language.
	 */
	public String label(Locale locale) {
		Language language = Language.of(locale);
		return this.lineage.stream().map((names) -> names.in(language)).collect(Collectors.joining(SEPARATOR));
	}

	/**
	 * Every name of this region and of the regions it lies in, in every language, each
	 * once: what a search for a place finds it by.
	 */
	public String placeNames() {
		Set<String> all = new LinkedHashSet<>();
		for (Names names : this.lineage) {
			all.add(names.own());
			all.addAll(names.translated().values());
		}
		return String.join("\n", all);
	}

	/** The country this region is in (itself for a country). */
	public UUID countryId() {
		return UUID.fromString(this.path.substring(1, this.path.indexOf('/', 1)));
	}

}
