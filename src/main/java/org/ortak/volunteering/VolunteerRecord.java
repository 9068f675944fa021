package org.ortak.volunteering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer's own record, as their private link shows it: each opportunity they signed
 * up for with the hours they logged, and the confirmed hours in all.
 */
public record VolunteerRecord(String name, List<Entry> entries, BigDecimal confirmedHours) {

	/** One sign-up: the opportunity, its receiving organization, the hours. */
	public record Entry(UUID signupId, UUID opportunityId, String title, String language, String organizationName,
			String companyName, boolean withdrawn, boolean open, List<HoursView> hours) {
	}

}
