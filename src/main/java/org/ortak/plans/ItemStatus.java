package org.ortak.plans;

/** Where an item of a plan stands; a dropped one counts for nothing in the roll-up. */
public enum ItemStatus {

	PLANNED, IN_PROGRESS, DONE, DROPPED

}
