/**
 * People: participants, speakers and contacts, with their affiliations (organization,
 * function, from, to) and the consent their data is kept under. Personal data lives here
 * alone, so that it is exported and erased in one place; other modules refer to a person
 * by public id, and tell through {@link org.ortak.people.ContactAccess} who may see a
 * person's contact data and through {@link org.ortak.people.PersonalData} what else they
 * hold of a person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.ortak.people;
