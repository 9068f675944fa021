package org.ortak.networks;

/** What a network is. */
public enum NetworkKind {

	PLATFORM, UNION, THEMATIC_GROUP, COUNCIL, PARTNERSHIP, OTHER

}
