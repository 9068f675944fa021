package org.ortak.organizations;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Made-up national identifiers with the right check digits, a new one each call, so tests
 * that share a database never share a number. Never a real organization's.
 */
final class TestIdentifiers {

	private TestIdentifiers() {
	}

	static String nip() {
		while (true) {
			String nine = digits(9);
			for (int check = 0; check <= 9; check++) {
				if (IdentifierScheme.NIP.problem(nine + check) == null) {
					return nine + check;
				}
			}
		}
	}

	static String vkn() {
		String nine = digits(9);
		for (int check = 0; check <= 9; check++) {
			if (IdentifierScheme.VKN.problem(nine + check) == null) {
				return nine + check;
			}
		}
		throw new IllegalStateException("every VKN has a check digit");
	}

	static String mersis() {
		return "0" + digits(15);
	}

	static String krs() {
		return "0000" + digits(6);
	}

	/** Written as a Persian keyboard types it, with dashes. */
	static String inPersianDigits(String number) {
		StringBuilder persian = new StringBuilder();
		for (int i = 0; i < number.length(); i++) {
			if (i > 0 && i % 3 == 0) {
				persian.append('-');
			}
			persian.append((char) ('\u06F0' + (number.charAt(i) - '0')));
		}
		return persian.toString();
	}

	/** The same number with its last digit changed, so its check digit no longer fits. */
	static String withWrongCheckDigit(String number) {
		int last = number.charAt(number.length() - 1) - '0';
		return number.substring(0, number.length() - 1) + (char) ('0' + (last + 1) % 10);
	}

	private static String digits(int count) {
		StringBuilder digits = new StringBuilder();
		digits.append((char) ('1' + ThreadLocalRandom.current().nextInt(9)));
		while (digits.length() < count) {
			digits.append((char) ('0' + ThreadLocalRandom.current().nextInt(10)));
		}
		return digits.toString();
	}

}
