package org.ortak.people;

import java.util.UUID;

/**
 * How a person is shown on a page that names them (a speaker, a registrant): their name
 * and the affiliation they held on the day in question. An erased person has no name.
 */
public record PersonCard(UUID id, String name, Gender gender, UUID organizationId, String organizationName,
		String function, boolean erased) {

}
