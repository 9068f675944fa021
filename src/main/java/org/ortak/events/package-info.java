/**
 * Events: workshops, stakeholder meetings, thematic-group meetings, seminars, conferences
 * and site visits, from their plan (venue, organizers, coordinators, series and editions,
 * the meeting an event prepares) to registration with an exact capacity and a waiting
 * list, and the public calendar. People are referred to by public id in the
 * {@code people} module, organizations in the register, places in {@code regions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package org.ortak.events;
