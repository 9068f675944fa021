package org.ortak.people;

/**
 * A person's gender, where they gave it: counts of participants by gender rest on it.
 */
public enum Gender {

	FEMALE, MALE, OTHER

}
