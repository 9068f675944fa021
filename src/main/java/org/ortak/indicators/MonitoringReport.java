package org.ortak.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Target against actual for a chosen period, for a plan or a project: what it is (title
 * and facts, each a label and a value), the period (its code and its name in the reader's
 * words), and a section per item measured (a plan's items in tree order, or the project)
 * with a row per target.
 */
public record MonitoringReport(String title, List<String[]> facts, String period, String periodLabel,
		List<Section> sections) {

	/** What is measured, and its targets. */
	public record Section(String title, List<Row> rows) {
	}

	/**
	 * A target in the period: what came in within it ({@code inPeriod}, added up as its
	 * indicator adds values), the actual figure at its end, the achievement and light as
	 * of then, and the periods due within it that have no value.
	 */
	public record Row(UUID targetId, String indicatorName, String unit, String reporter, BigDecimal baselineValue,
			LocalDate baselineOn, BigDecimal targetValue, LocalDate targetOn, BigDecimal inPeriod, BigDecimal actual,
			Integer percent, Light light, List<String> missing) {

		public boolean late() {
			return !this.missing.isEmpty();
		}

	}

}
