package org.ortak.events;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An organization of the register in an event, with its role.
 */
@Embeddable
record EventOrganization(@Column(name = "organization_id") UUID organizationId,
		@Enumerated(EnumType.STRING) OrganizationRole role) {

}
