package org.ortak.networks;

/** A member's part in a network. */
public enum MemberRole {

	FOUNDER, MEMBER, OBSERVER, HOST, SECRETARIAT, CHAIR

}
