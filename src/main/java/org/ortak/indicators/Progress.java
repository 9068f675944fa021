package org.ortak.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * How far a target has come. Its actual figure is made from its approved values by its
 * indicator's aggregation: the baseline plus what each period added ({@code SUM}), their
 * mean ({@code AVERAGE}) or the latest period's ({@code LAST}). Its achievement is the
 * share of the way from baseline to target covered (1 is the target reached, whichever
 * way it lies). Its light compares that with the share of the time from baseline day to
 * target day gone by: on track (green) within 10 points of it, behind (amber) within 25,
 * far behind (red) beyond; achieved once reached; none before a value is approved.
 */
final class Progress {

	private Progress() {
	}

	/** What a target's values come to, kept on the target. */
	record Figures(BigDecimal actual, LocalDate actualThrough, LocalDate reportedThrough, int approved, int pending) {
	}

	static Figures of(Aggregation aggregation, BigDecimal baseline, List<IndicatorValue> values) {
		List<IndicatorValue> approved = values.stream()
			.filter((v) -> v.status() == ValueStatus.APPROVED)
			.sorted(Comparator.comparing(IndicatorValue::periodEnd).thenComparing(IndicatorValue::periodStart))
			.toList();
		LocalDate reported = values.stream()
			.filter((v) -> v.status() == ValueStatus.APPROVED || v.status() == ValueStatus.SUBMITTED)
			.map(IndicatorValue::periodEnd)
			.max(Comparator.naturalOrder())
			.orElse(null);
		int pending = (int) values.stream().filter((v) -> v.status() == ValueStatus.SUBMITTED).count();
		if (approved.isEmpty()) {
			return new Figures(null, null, reported, 0, pending);
		}
		BigDecimal actual = switch (aggregation) {
			case SUM -> approved.stream().map(IndicatorValue::amount).reduce(baseline, BigDecimal::add);
			case AVERAGE -> approved.stream()
				.map(IndicatorValue::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(approved.size()), 4, RoundingMode.HALF_EVEN);
			case LAST -> approved.get(approved.size() - 1).amount();
		};
		return new Figures(actual, approved.get(approved.size() - 1).periodEnd(), reported, approved.size(), pending);
	}

	/**
	 * The share of the way from baseline to target covered; {@code null} before any
	 * value.
	 */
	static Double achievement(BigDecimal baseline, BigDecimal target, BigDecimal actual) {
		if (actual == null) {
			return null;
		}
		BigDecimal way = target.subtract(baseline);
		if (way.signum() == 0) {
			return (actual.compareTo(target) >= 0) ? 1.0 : 0.0;
		}
		return actual.subtract(baseline).divide(way, 6, RoundingMode.HALF_EVEN).doubleValue();
	}

	static Light light(Double achievement, LocalDate baselineOn, LocalDate targetOn, LocalDate today) {
		if (achievement == null) {
			return Light.NONE;
		}
		if (achievement >= 1.0) {
			return Light.ACHIEVED;
		}
		double span = ChronoUnit.DAYS.between(baselineOn, targetOn);
		double gone = Math.max(0, Math.min(span, ChronoUnit.DAYS.between(baselineOn, today)));
		double behind = gone / span - achievement;
		if (behind <= 0.10) {
			return Light.GREEN;
		}
		return (behind <= 0.25) ? Light.AMBER : Light.RED;
	}

	/**
	 * The latest period of the target's frequency and calendar that has ended before
	 * today and lies within its baseline and target days; {@code null} before the first
	 * has ended.
	 */
	static Period lastDue(Frequency frequency, PeriodCalendar calendar, LocalDate baselineOn, LocalDate targetOn,
			LocalDate today) {
		LocalDate probe = today.minusDays(1).isBefore(targetOn) ? today.minusDays(1) : targetOn;
		Period period = Period.containing(probe, calendar, frequency);
		if (!period.end().isBefore(today)) {
			period = period.previous();
		}
		return period.end().isBefore(baselineOn) ? null : period;
	}

	/** Whether the last period due has no value reported. */
	static boolean late(Period lastDue, LocalDate reportedThrough) {
		return lastDue != null && (reportedThrough == null || reportedThrough.isBefore(lastDue.end()));
	}

	/** An achievement as a whole percentage from 0 to 100, as a roll-up counts it. */
	static Integer percent(Double achievement) {
		return (achievement != null) ? (int) Math.round(Math.max(0, Math.min(1, achievement)) * 100) : null;
	}

}
