package org.ortak.networks;

/** Promised, or given. */
public enum ContributionStatus {

	PLEDGED, DELIVERED

}
