package org.ortak.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How precisely the public directory, its map and its downloads show where an
 * organization is: a home-based cooperative's address is someone's home.
 */
public enum LocationPrecision {

	/** The address and the point as registered. */
	EXACT,

	/**
	 * The street without house numbers, and the point to about a hundred metres.
	 */
	STREET,

	/** Only the region it lies in: no address, no point. */
	DISTRICT;

	/** Words that announce a house or flat number, left behind when it is removed. */
	private static final Pattern NUMBER_WORD = Pattern
		.compile("(?iu)(no|nr|n°|№|m|lok|d|daire|kat|pl|plak|پلاک|واحد|طبقه|ev|mənzil)[.:]?");

	/** About a hundred metres: three decimals of a degree of latitude. */
	private static final double STREET_GRID = 1000;

	/** The point shown publicly, or null when none is. */
	Coordinates shown(Coordinates point) {
		if (point == null || point.latitude() == null) {
			return null;
		}
		return switch (this) {
			case EXACT -> point;
			case STREET -> new Coordinates(rounded(point.latitude()), rounded(point.longitude()));
			case DISTRICT -> null;
		};
	}

	/** The address shown publicly, or null when none is. */
	String shown(String address) {
		return switch (this) {
			case EXACT -> address;
			case STREET -> street(address);
			case DISTRICT -> null;
		};
	}

	/**
	 * An address without its numbers: "ul. Sienkiewicza 12/4, 25-001 Kielce" is "ul.
	 * Sienkiewicza, Kielce", "Okul Sk. No: 12/3, 41295 Kartepe" is "Okul Sk., Kartepe".
	 */
	static String street(String address) {
		if (address == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (String part : address.split("[,\u060C]")) {
			List<String> words = new ArrayList<>(List.of(part.strip().split("\\s+")));
			words.removeIf((word) -> word.codePoints().anyMatch(Character::isDigit));
			// a word that only announced the number goes with it: "No:", "nr", "پلاک"
			while (!words.isEmpty() && NUMBER_WORD.matcher(words.get(words.size() - 1)).matches()) {
				words.remove(words.size() - 1);
			}
			String kept = String.join(" ", words).strip();
			if (!kept.isEmpty()) {
				parts.add(kept);
			}
		}
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

	private static double rounded(double degrees) {
		return Math.round(degrees * STREET_GRID) / STREET_GRID;
	}

}
