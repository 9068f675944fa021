package org.ortak.accounts;

/**
 * What the "my password" form binds to; nothing of it is ever sent back to the page.
 */
record PasswordForm(String currentPassword, String newPassword, String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm(null, null, null);
	}

}
