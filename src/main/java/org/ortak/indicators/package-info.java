/**
 * Indicators: defined once (names in the interface's languages, unit, kind of value,
 * aggregation, disaggregation dimensions), attached to what they measure (an item of a
 * plan, a project) as targets with baseline, target and target date, a responsible
 * organization, a reporting frequency and calendar; values entered per period (Gregorian
 * or Solar Hijri months, quarters and years) and disaggregation, submitted and approved,
 * corrected by new versions; the progress of each target kept on write for the monitoring
 * views. What a target measures is found through
 * {@link org.ortak.indicators.IndicatorSubjects}, which the modules owning plans and
 * projects provide.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package org.ortak.indicators;
