package org.ortak.accounts;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How user names compare: "İstanbul", "ISTANBUL", "istanbul" and "ıstanbul" are one user,
 * whatever the reader's locale. The key is stored with each user under a unique index, so
 * two such names cannot both exist, and sign-in by either finds the same user.
 */
public final class UserNames {

	private UserNames() {
	}

	/** NFKC, then Turkish dotted and dotless I folded to i, then lower case. */
	public static String key(String username) {
		String normalized = Normalizer.normalize(username, Normalizer.Form.NFKC);
		StringBuilder folded = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			folded.append((c == '\u0130' || c == 'I' || c == '\u0131') ? 'i' : c);
		}
		return folded.toString().toLowerCase(Locale.ROOT);
	}

}
