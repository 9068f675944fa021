package org.ortak.networks;

/** What a contribution is. */
public enum ContributionKind {

	MONEY, IN_KIND, EXPERTISE, VOLUNTEERING, VENUE

}
