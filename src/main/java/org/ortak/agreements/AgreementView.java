package org.ortak.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement as its reader may see it: its documents only to its keepers and the
 * managers of its parties ({@code null} to others), its coordinators only to its keepers.
 */
public record AgreementView(UUID id, long version, AgreementKind kind, AgreementStatus status,
		AgreementVisibility visibility, String language, String title, String subject, UUID networkId,
		String networkName, LocalDate startsOn, LocalDate endsOn, List<Party> parties, List<String> coordinators,
		List<ObligationView> obligations, List<DocumentView> documents, boolean editable) {

	/** A party with who signed for it. */
	public record Party(UUID organizationId, String name, List<Signatory> signatories) {
	}

	/** A kept PDF, downloaded from {@code url}. */
	public record DocumentView(UUID id, String title, long sizeBytes, int pages, java.time.Instant uploadedAt,
			String url) {
	}

}
