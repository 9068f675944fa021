/**
 * Who works with whom: organizations linked through the networks they belong to, the
 * agreements they are party to and the events they organize together, each hub a node
 * (never pairwise edges between all members), filtered by region, kind and period, drawn
 * in the browser, aggregated on the server when the graph is large; and each
 * organization's partners for its page. It reads the other modules through their links
 * alone, as each reader may see them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collaboration graph")
package org.ortak.graph;
