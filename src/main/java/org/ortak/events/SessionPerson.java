package org.ortak.events;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A moderator or speaker of a session, with the function and organization they held on
 * the day, kept as they were then.
 */
@Embeddable
record SessionPerson(@Column(name = "person_id") UUID personId, @Enumerated(EnumType.STRING) SessionRole role,
		String function, @Column(name = "organization_id") UUID organizationId,
		@Column(name = "organization_name") String organizationName) {

}
