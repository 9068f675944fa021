package org.ortak.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What the form attaching an indicator to what it measures binds to. */
record TargetForm(UUID indicatorId, UUID organizationId, BigDecimal baselineValue, LocalDate baselineOn,
		BigDecimal targetValue, LocalDate targetOn, Frequency frequency, PeriodCalendar calendar) {

	TargetDraft draft() {
		return new TargetDraft(this.organizationId, this.baselineValue, this.baselineOn, this.targetValue,
				this.targetOn, this.frequency, this.calendar);
	}

}
