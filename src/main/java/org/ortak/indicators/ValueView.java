package org.ortak.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A value of a target for a period, one revision of it, as its reader may see it. */
public record ValueView(UUID id, long version, UUID targetId, String period, String periodLabel, LocalDate periodStart,
		LocalDate periodEnd, int revision, BigDecimal amount, List<ValuePart> parts, String comment, String evidence,
		ValueStatus status, Instant submittedAt, String submittedBy, Instant reviewedAt, String reviewedBy,
		String reviewNote) {

}
