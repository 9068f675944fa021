/**
 * Demo data: the regions, organizations and events of the five stories, loaded on first
 * start so that a new installation shows a real register and calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.ortak.demo;
