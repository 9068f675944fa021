package org.ortak.agreements;

/** Where a party's obligation stands; an open one past its due date is overdue. */
public enum ObligationStatus {

	OPEN, DONE, WAIVED

}
