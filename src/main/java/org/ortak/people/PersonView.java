package org.ortak.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person as a coordinator sees them. The contact (e-mail, phone) and the consents are
 * null for whoever may not see them: only admins and the coordinators of the events the
 * person took part in do.
 */
public record PersonView(UUID id, long version, String name, Gender gender, String email, String phone,
		List<String> languages, List<AffiliationDraft> affiliations, List<ConsentView> consents, boolean contactShown,
		boolean photoConsent, boolean erased, Instant erasedAt, Instant createdAt) {

}
