package org.ortak.events;

/**
 * Where an action item stands.
 */
public enum ActionStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED;

	boolean pending() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
