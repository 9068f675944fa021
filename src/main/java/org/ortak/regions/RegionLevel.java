package org.ortak.regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What kind of place a region is. A few are generic; the others belong to one country's
 * own hierarchy, named by its ISO 3166-1 code, and are offered only under it. How deep a
 * region sits is the length of its path, not its level.
 */
public enum RegionLevel {

	COUNTRY(null), PROVINCE(null), DISTRICT(null), MUNICIPALITY(null), CITY(null),

	VOIVODESHIP("PL"), POWIAT("PL"), CITY_COUNTY("PL"), GMINA("PL"),

	IL("TR"), ILCE("TR"),

	OSTAN("IR"), SHAHRESTAN("IR"), BAKHSH("IR"), DEHESTAN("IR"),

	ECONOMIC_REGION("AZ"), RAYON("AZ");

	/**
	 * What a new region is when nothing is said, by its country and its depth below it.
	 */
	private static final Map<String, List<RegionLevel>> USUAL = Map.of("PL", List.of(VOIVODESHIP, POWIAT, GMINA), "TR",
			List.of(IL, ILCE), "IR", List.of(OSTAN, SHAHRESTAN, BAKHSH, DEHESTAN), "AZ",
			List.of(ECONOMIC_REGION, RAYON));

	private static final List<RegionLevel> GENERIC = List.of(PROVINCE, DISTRICT, MUNICIPALITY);

	private final String country;

	RegionLevel(String country) {
		this.country = country;
	}

	/**
	 * The ISO 3166-1 code of the country whose hierarchy this is; null for a generic
	 * level.
	 */
	public String country() {
		return this.country;
	}

	/** Whether a region of this level may be placed in the country of this ISO code. */
	boolean fitsIn(String countryIso) {
		return this.country == null || this.country.equals(countryIso);
	}

	/** The levels a region inside a country may have: the country's own first. */
	static List<RegionLevel> choicesIn(String countryIso) {
		List<RegionLevel> choices = new ArrayList<>();
		for (RegionLevel level : values()) {
			if (level != COUNTRY && level.country != null && level.country.equals(countryIso)) {
				choices.add(level);
			}
		}
		for (RegionLevel level : values()) {
			if (level != COUNTRY && level.country == null) {
				choices.add(level);
			}
		}
		return choices;
	}

	/** The usual level at this depth below the country (1: just below it). */
	static RegionLevel usualAt(String countryIso, int depthBelowCountry) {
		List<RegionLevel> usual = USUAL.getOrDefault((countryIso != null) ? countryIso : "", GENERIC);
		return usual.get(Math.min(depthBelowCountry, usual.size()) - 1);
	}

}
