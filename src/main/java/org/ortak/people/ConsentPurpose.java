package org.ortak.people;

/**
 * What a person's data is kept for.
 */
public enum ConsentPurpose {

	/** to take part in an event they registered for */
	EVENT_REGISTRATION,
	/** to be contacted by the coordinators about the platform's work */
	CONTACT,
	/** photos of them may be published */
	PHOTOS,
	/** shown as a speaker or moderator in a public programme */
	SPEAKER,
	/**
	 * to volunteer for an opportunity: their name and hours seen by the receiving
	 * organization
	 */
	VOLUNTEERING

}
