package org.ortak.volunteering;

import java.time.LocalDate;
import java.util.UUID;

/** An opportunity in a list. */
public record OpportunitySummary(UUID id, String title, String language, String organizationName, String place,
		LocalDate startsOn, LocalDate endsOn, Integer wanted, long signedUp, boolean open) {

}
