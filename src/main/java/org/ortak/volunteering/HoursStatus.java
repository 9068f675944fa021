package org.ortak.volunteering;

/** Hours as logged, then confirmed or rejected by the receiving organization. */
public enum HoursStatus {

	LOGGED, CONFIRMED, REJECTED

}
