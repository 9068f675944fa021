package org.ortak.organizations;

/**
 * Whether an organization is working. A dissolved organization stays dissolved.
 */
public enum OrganizationStatus {

	ACTIVE, SEMI_ACTIVE, INACTIVE, DISSOLVED

}
