package org.ortak.organizations;

/**
 * What an organization is; {@link SubKind} says which of its kind, as its country's law
 * names it. The legal form is free text, so the kind and sub-kind are what other
 * solidarity-economy maps read, through their ESSGLOBAL term ({@code Essglobal}).
 */
public enum OrganizationKind {

	COOPERATIVE, COOPERATIVE_UNION, ASSOCIATION, FOUNDATION, PUBLIC_UNION, COMPANY, PUBLIC_AUTHORITY, UNIVERSITY,
	REINTEGRATION_ENTITY, SUPPORT_CENTRE, OTHER

}
