package org.ortak.events;

/**
 * What a registrant needs to take part.
 */
public enum Need {

	INTERPRETATION, ACCESSIBILITY, DIETARY, CHILDCARE

}
