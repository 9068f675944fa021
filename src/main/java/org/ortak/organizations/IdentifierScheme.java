package org.ortak.organizations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A national register's number for an organization, kept by its country. Each scheme
 * belongs to one country, so a number unique within its scheme is unique in its country.
 */
public enum IdentifierScheme {

	/** Krajowy Rejestr Sądowy: 10 digits, no check digit. */
	KRS("PL", 10) {
		@Override
		boolean checks(int[] digits) {
			return true;
		}
	},
	/** Numer Identyfikacji Podatkowej: weights 6,5,7,2,3,4,5,6,7, mod 11. */
	NIP("PL", 10) {
		@Override
		boolean checks(int[] digits) {
			int check = weighted(digits, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11;
			return check != 10 && check == digits[9];
		}
	},
	/** REGON: 9 digits, or 14 for a local unit (its first 9 are its parent's REGON). */
	REGON("PL", 9, 14) {
		@Override
		boolean checks(int[] digits) {
			boolean nine = weighted(digits, 8, 9, 2, 3, 4, 5, 6, 7) % 11 % 10 == digits[8];
			return (digits.length == 9) ? nine
					: nine && weighted(digits, 2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8) % 11 % 10 == digits[13];
		}
	},
	/** Merkezi Sicil Kayıt Sistemi number: 16 digits. */
	MERSIS("TR", 16) {
		@Override
		boolean checks(int[] digits) {
			return true;
		}
	},
	/** Vergi Kimlik Numarası, the tax number of a legal entity. */
	VKN("TR", 10) {
		@Override
		boolean checks(int[] digits) {
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				int shifted = (digits[i] + 9 - i) % 10;
				if (shifted != 0) {
					int weighted = (shifted * (1 << (9 - i))) % 9;
					sum += (weighted == 0) ? 9 : weighted;
				}
			}
			return (10 - sum % 10) % 10 == digits[9];
		}
	},
	/** Vergi ödəyicisinin eyniləşdirmə nömrəsi: 10 digits. */
	VOEN("AZ", 10) {
		@Override
		boolean checks(int[] digits) {
			return true;
		}
	},
	/**
	 * شناسه ملی, the national ID of a legal entity (not the 10-digit personal code): the
	 * tenth digit plus 2 is added to each of the first ten, weighted 29, 27, 23, 19, 17
	 * twice over, mod 11 (10 counts as 0).
	 */
	SHENASE_MELLI("IR", 11) {
		@Override
		boolean checks(int[] digits) {
			int[] weights = { 29, 27, 23, 19, 17 };
			int added = digits[9] + 2;
			int sum = 0;
			boolean serial = false;
			for (int i = 0; i < 10; i++) {
				sum += (digits[i] + added) * weights[i % 5];
				serial |= (i >= 3 && i < 9 && digits[i] != 0);
			}
			return serial && sum % 11 % 10 == digits[10];
		}
	};

	private final String country;

	private final Set<Integer> lengths;

	IdentifierScheme(String country, Integer... lengths) {
		this.country = country;
		this.lengths = Set.of(lengths);
	}

	/** The ISO code of the country that keeps it. */
	public String country() {
		return this.country;
	}

	/** How many digits it has: one length, or the shorter and the longer. */
	List<Integer> lengths() {
		return this.lengths.stream().sorted().toList();
	}

	/** Whether the check digits agree with the others; the length is right. */
	abstract boolean checks(int[] digits);

	/**
	 * What a number of this scheme is wrong by, as a message key, or null when it is
	 * right; {@code number} is as {@link #digits} gave it.
	 */
	String problem(String number) {
		if (!number.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return "organizations.error.identifierDigits";
		}
		if (!this.lengths.contains(number.length())) {
			return (this.lengths.size() == 1) ? "organizations.error.identifierLength"
					: "organizations.error.identifierLengths";
		}
		// zeros pass every weighted check, and no register issues them
		boolean zeros = number.chars().allMatch((c) -> c == '0');
		return (!zeros && checks(number.chars().map((c) -> c - '0').toArray())) ? null
				: "organizations.error.identifierChecksum";
	}

	/**
	 * A number as people type it, in ASCII digits: any digits (Persian ۰–۹, Arabic-Indic,
	 * full width), without spaces, dashes, dots, slashes or invisible characters.
	 */
	public static String digits(String typed) {
		return Organization.registryKey(typed);
	}

	public static Optional<IdentifierScheme> named(String name) {
		return Arrays.stream(values()).filter((scheme) -> scheme.name().equals(name)).findFirst();
	}

	/** The schemes kept by the country of this ISO code, none for a country without. */
	static List<IdentifierScheme> of(String countryCode) {
		return Arrays.stream(values())
			.filter((scheme) -> countryCode != null && scheme.country.equals(countryCode.toUpperCase(Locale.ROOT)))
			.toList();
	}

	private static int weighted(int[] digits, int... weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += digits[i] * weights[i];
		}
		return sum;
	}

}
