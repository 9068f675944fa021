package org.ortak.people;

import java.util.UUID;

/**
 * What another module holds of a person, for their export and their erasure: each module
 * that keeps something about a person (registrations, speakers) declares a bean.
 */
public interface PersonalData {

	/** The name of the export's section: {@code registrations}. */
	String section();

	/** What the module holds of the person, as JSON-ready values. */
	Object export(UUID personId);

	/**
	 * Removes what names or reaches the person, keeping what counts rest on. Runs in the
	 * erasure's transaction.
	 */
	void erase(UUID personId);

}
