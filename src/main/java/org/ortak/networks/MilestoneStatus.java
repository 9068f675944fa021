package org.ortak.networks;

/** Where a milestone of the road map stands. */
public enum MilestoneStatus {

	PLANNED, IN_PROGRESS, DONE, DROPPED

}
