/**
 * Plumbing every feature module uses: languages and calendars, the acting user, input
 * violations and problem details, search analysis. Small on purpose; no feature lives
 * here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ortak.shared;
