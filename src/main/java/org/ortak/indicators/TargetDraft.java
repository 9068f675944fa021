package org.ortak.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.ortak.shared.Violations;

/**
 * A target as written on its form or sent by a client: the organization that reports it,
 * baseline and its day, target and its day, and the frequency and calendar of its periods
 * (the writer's calendar when none is given).
 */
public record TargetDraft(UUID organizationId, BigDecimal baselineValue, LocalDate baselineOn, BigDecimal targetValue,
		LocalDate targetOn, Frequency frequency, PeriodCalendar calendar) {

	Violations check(ValueType type) {
		Violations violations = new Violations().required("baselineValue", this.baselineValue)
			.required("baselineOn", this.baselineOn)
			.required("targetValue", this.targetValue)
			.required("targetOn", this.targetOn)
			.required("frequency", this.frequency)
			.required("calendar", this.calendar);
		ValueEntry.amount(violations, "baselineValue", this.baselineValue, type);
		ValueEntry.amount(violations, "targetValue", this.targetValue, type);
		violations.day("baselineOn", this.baselineOn);
		violations.day("targetOn", this.targetOn);
		if (this.baselineOn != null && this.targetOn != null && !this.targetOn.isAfter(this.baselineOn)) {
			violations.add("targetOn", "indicators.error.targetBeforeBaseline");
		}
		return violations;
	}

}
