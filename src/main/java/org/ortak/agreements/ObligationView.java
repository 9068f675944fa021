package org.ortak.agreements;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A party's obligation, with its agreement's title for lists across agreements;
 * {@code overdue} when open past its due date; {@code markable} when the reader may mark
 * it done (the agreement's keepers and the party's managers).
 */
public record ObligationView(UUID id, long version, UUID agreementId, String agreementTitle, String agreementLanguage,
		UUID organizationId, String organizationName, String description, LocalDate dueOn, ObligationStatus status,
		LocalDate doneOn, boolean overdue, boolean markable) {

}
