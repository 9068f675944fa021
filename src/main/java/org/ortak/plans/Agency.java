package org.ortak.plans;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An organization responsible for an item of a plan, as lead or supporting agency, and
 * its duty.
 */
@Embeddable
public record Agency(@Column(name = "organization_id") UUID organizationId,
		@Enumerated(EnumType.STRING) AgencyRole role, String duty) {

}
