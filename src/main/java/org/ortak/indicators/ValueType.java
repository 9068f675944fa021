package org.ortak.indicators;

/** What a value is: a number, a percentage (0 to 100), or yes (1) or no (0). */
public enum ValueType {

	NUMBER, PERCENTAGE, YES_NO

}
