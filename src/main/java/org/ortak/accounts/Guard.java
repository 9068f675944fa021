package org.ortak.accounts;

/**
 * What is guarded against guessing, and after how many misses it locks. Accounts are kept
 * by a hash of their key, so the table names no user, not even one that does not exist.
 */
enum Guard {

	/** Wrong passwords for one user name at sign-in. */
	SIGN_IN_ACCOUNT("sign-in", 5, true),
	/** Wrong passwords from one address at sign-in, whatever the user name. */
	SIGN_IN_ADDRESS("sign-in-address", 20, false),
	/** Wrong current passwords on the change-password page. */
	CURRENT_PASSWORD("current-password", 5, true),
	/** Unknown API tokens from one address. */
	API_TOKEN_ADDRESS("api-token-address", 10, false),
	/** "Forgot your password?" asked from one address. */
	RESET_ADDRESS("reset-address", 5, false),
	/** Reset links mailed to one account. */
	RESET_ACCOUNT("reset", 3, true);

	private final String prefix;

	private final int allowed;

	private final boolean hashed;

	Guard(String prefix, int allowed, boolean hashed) {
		this.prefix = prefix;
		this.allowed = allowed;
		this.hashed = hashed;
	}

	/** Misses in a row before the first lock. */
	int allowed() {
		return this.allowed;
	}

	/** The row of this name (a user name's key or an address). */
	String subject(String name) {
		return this.prefix + ":" + (this.hashed ? Accounts.sha256(name) : name);
	}

}
