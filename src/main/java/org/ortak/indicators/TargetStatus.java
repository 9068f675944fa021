package org.ortak.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A target as monitoring shows it: what it measures and who reports it, baseline, target
 * and actual figure, the achievement (0 at the baseline, 1 at the target; {@code percent}
 * the same from 0 to 100 as a roll-up counts it), its light, the last period due and
 * whether it is late, and how many values wait for approval.
 */
public record TargetStatus(UUID id, long version, UUID indicatorId, String indicatorName, String nameLanguage,
		String unit, ValueType valueType, SubjectKind subjectKind, UUID subjectId, UUID organizationId,
		String organizationName, BigDecimal baselineValue, LocalDate baselineOn, BigDecimal targetValue,
		LocalDate targetOn, Frequency frequency, PeriodCalendar calendar, BigDecimal actualValue,
		LocalDate actualThrough, Double achievement, Integer percent, Light light, String lastDue, boolean late,
		int pending) {

}
