/**
 * Volunteering: opportunities published by networks and organizations (what, where, when,
 * skills, how many), persons who sign up without an account and reach their record
 * through a private link, the hours they give, confirmed by the receiving organization,
 * the totals per company and per receiving organization, and each volunteer's confirmed
 * record as a PDF. Organizations, networks and people are referred to by their public
 * ids.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteering")
package org.ortak.volunteering;
