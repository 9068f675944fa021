package org.ortak.shared.security;

/**
 * What a signed-in user may do on the platform.
 */
public enum Role {

	/** Everything, including users, tokens and regions. */
	ADMIN,
	/** All organizations of the platform. */
	COORDINATOR,
	/** Only the organizations the user is linked to. */
	ORG_MANAGER;

	public String authority() {
		return "ROLE_" + name();
	}

}
