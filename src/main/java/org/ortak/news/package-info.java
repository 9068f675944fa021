/**
 * News: posts that tell the public about the work — an announcement before an event, a
 * report after it — in one or more of the five languages, with the people quoted as they
 * were then; listed, fed as Atom, shown on the pages of the events and organizations they
 * are about. Bodies are Markdown, rendered escaped and sanitised.
 */
@org.springframework.modulith.ApplicationModule(displayName = "News")
package org.ortak.news;
