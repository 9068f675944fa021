package org.ortak.volunteering;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Confirmed volunteering summed for one company (the organization the volunteers came
 * from; none for those who came on their own) and one receiving organization.
 */
public record VolunteerTotal(UUID companyId, String companyName, UUID organizationId, String organizationName,
		long volunteers, BigDecimal hours) {

}
