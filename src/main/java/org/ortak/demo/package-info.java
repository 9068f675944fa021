/**
 * Demo data: the regions, organizations, events and news of the five stories, loaded on
 * first start so that a new installation shows a real register, calendar and news.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.ortak.demo;
