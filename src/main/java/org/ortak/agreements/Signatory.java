package org.ortak.agreements;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who signed for a party, in the function the document names them in, and when.
 *
 * @param organizationId the party they signed for
 * @param name their name as signed
 * @param function their function (director, rector…)
 * @param signedOn the day they signed, if known
 */
@Embeddable
public record Signatory(@Column(name = "organization_id") UUID organizationId, String name, String function,
		@Column(name = "signed_on") LocalDate signedOn) {

}
