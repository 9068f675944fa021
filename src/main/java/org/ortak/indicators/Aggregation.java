package org.ortak.indicators;

/**
 * How a target's approved values make its actual figure: {@code SUM} adds what each
 * period added to the baseline (women trained), {@code AVERAGE} averages them (a
 * satisfaction rate), {@code LAST} takes the latest period's (active cooperatives).
 */
public enum Aggregation {

	SUM, AVERAGE, LAST

}
