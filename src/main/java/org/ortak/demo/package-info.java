/**
 * Demo data: the regions and organizations of the five stories, loaded on first start so
 * that a new installation shows a real register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.ortak.demo;
