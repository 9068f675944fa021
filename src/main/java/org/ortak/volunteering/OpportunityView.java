package org.ortak.volunteering;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An opportunity as its reader may see it: the volunteers only to its keepers
 * ({@code null} to others); {@code confirms} when the reader manages the receiving
 * organization, who alone confirms hours.
 */
public record OpportunityView(UUID id, long version, UUID organizationId, String organizationName, UUID networkId,
		String networkName, String language, String title, String description, String place, UUID regionId,
		LocalDate startsOn, LocalDate endsOn, String skills, Integer wanted, long signedUp, boolean open, boolean full,
		boolean editable, boolean confirms, List<SignupView> signups) {

	/** A volunteer with their hours. */
	public record SignupView(UUID id, UUID personId, String name, UUID companyId, String companyName, boolean withdrawn,
			java.time.Instant signedUpAt, List<HoursView> hours) {
	}

}
