package org.ortak.organizations;

/**
 * What an organization is; {@link SubKind} says which of its kind, as its country's law
 * names it.
 */
public enum OrganizationKind {

	COOPERATIVE, COOPERATIVE_UNION, ASSOCIATION, FOUNDATION, PUBLIC_UNION, COMPANY, PUBLIC_AUTHORITY, UNIVERSITY,
	REINTEGRATION_ENTITY, SUPPORT_CENTRE, OTHER

}
