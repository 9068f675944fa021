package org.ortak.regions;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.ortak.shared.i18n.Language;

/**
 * What the region form binds to, through its constructor.
 */
record RegionForm(String name, LanguageNames names, RegionLevel level, String isoCode, String nationalCode,
		UUID parentId, Long version) {

	RegionForm {
		names = (names != null) ? names : LanguageNames.NONE;
	}

	/** The region's names in the interface's languages, one field each. */
	record LanguageNames(String en, String tr, String az, String fa, String pl) {

		static final LanguageNames NONE = new LanguageNames(null, null, null, null, null);

		static LanguageNames of(Map<String, String> names) {
			return new LanguageNames(names.get("en"), names.get("tr"), names.get("az"), names.get("fa"),
					names.get("pl"));
		}

		Map<Language, String> byLanguage() {
			Map<Language, String> names = new EnumMap<>(Language.class);
			put(names, Language.EN, this.en);
			put(names, Language.TR, this.tr);
			put(names, Language.AZ, this.az);
			put(names, Language.FA, this.fa);
			put(names, Language.PL, this.pl);
			return names;
		}

		private static void put(Map<Language, String> names, Language language, String name) {
			if (name != null) {
				names.put(language, name);
			}
		}

	}

	static RegionForm under(UUID parentId) {
		return new RegionForm(null, LanguageNames.NONE, null, null, null, parentId, null);
	}

	static RegionForm of(RegionView region) {
		return new RegionForm(region.name(), LanguageNames.of(region.names()), region.level(), region.isoCode(),
				region.nationalCode(), region.parentId(), region.version());
	}

	RegionDraft draft() {
		return new RegionDraft(this.name, (this.names != null) ? this.names.byLanguage() : Map.of(), this.level,
				this.isoCode, this.nationalCode, this.parentId);
	}

}
