package org.ortak.plans;

/** How an organization is responsible for an item: leading it, or supporting the lead. */
public enum AgencyRole {

	LEAD, SUPPORTING

}
