package org.ortak.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An affiliation as typed or sent: an organization of the register or its name, the
 * function held, from and to (either may be open).
 */
public record AffiliationDraft(UUID organizationId, String organizationName, String function, LocalDate from,
		LocalDate to) {

}
