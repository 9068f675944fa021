package org.ortak.news;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Someone quoted in a post, with the function they held when they said it.
 */
@Embeddable
record Quote(@Column(name = "person_id") UUID personId, String function,
		@Column(name = "organization_name") String organizationName, String text) {

}
