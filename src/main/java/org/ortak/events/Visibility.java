package org.ortak.events;

/**
 * A public event is in the calendar and open to registration; an internal one is by
 * invitation and seen only by those who work on it.
 */
public enum Visibility {

	PUBLIC, INTERNAL

}
