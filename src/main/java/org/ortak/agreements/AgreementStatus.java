package org.ortak.agreements;

/**
 * Where an agreement stands. A signed or active agreement past its end date is expired by
 * the daily job; a terminated one ended before its time.
 */
public enum AgreementStatus {

	DRAFT, SIGNED, ACTIVE, EXPIRED, TERMINATED;

	/** Whether it still binds its parties: reminders go, it is listed as ending. */
	boolean inForce() {
		return this == SIGNED || this == ACTIVE;
	}

}
