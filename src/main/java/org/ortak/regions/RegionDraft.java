package org.ortak.regions;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ortak.shared.Text;
import org.ortak.shared.i18n.Language;

/**
 * What a user asks a region to be: its own name, its names in the interface's languages
 * (blank ones left out), its level (null: the usual one at its place), its ISO 3166 and
 * national codes and its parent.
 */
public record RegionDraft(String name, Map<Language, String> names, RegionLevel level, String isoCode,
		String nationalCode, UUID parentId) {

	public RegionDraft {
		name = Text.clean(name);
		Map<Language, String> cleaned = new EnumMap<>(Language.class);
		if (names != null) {
			names.forEach((language, translated) -> {
				String clean = Text.clean(translated);
				if (language != null && clean != null) {
					cleaned.put(language, clean);
				}
			});
		}
		names = Map.copyOf(cleaned);
		isoCode = upper(Text.clean(isoCode));
		nationalCode = digits(Text.clean(nationalCode));
	}

	/** A region known by its own name only, at the usual level of its place. */
	public RegionDraft(String name, String nationalCode, UUID parentId) {
		this(name, Map.of(), null, null, nationalCode, parentId);
	}

	private static String upper(String code) {
		return (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	// official codes are kept in ASCII digits, whatever keyboard typed them
	private static String digits(String code) {
		return (code != null) ? Text.latinDigits(code) : null;
	}

}
