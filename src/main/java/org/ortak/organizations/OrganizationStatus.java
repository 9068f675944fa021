package org.ortak.organizations;

import java.util.Locale;

/**
 * Whether an organization is working. A dissolved organization stays dissolved.
 */
public enum OrganizationStatus {

	ACTIVE, SEMI_ACTIVE, INACTIVE, DISSOLVED;

	/**
	 * The CSS class of its badge, the same in every language (lower-cased with
	 * {@link Locale#ROOT}: in Turkish "ACTIVE" would become "actıve").
	 */
	public String cssClass() {
		return "status-" + name().toLowerCase(Locale.ROOT);
	}

}
