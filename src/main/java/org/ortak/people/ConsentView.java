package org.ortak.people;

import java.time.Instant;

/**
 * A recorded consent as coordinators and the person's export see it.
 */
public record ConsentView(ConsentPurpose purpose, String detail, Instant givenAt, String recordedBy,
		Instant withdrawnAt) {

}
