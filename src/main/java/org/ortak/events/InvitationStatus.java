package org.ortak.events;

/** Where an invitation stands: sent, taken up by a registration, or declined. */
public enum InvitationStatus {

	INVITED, ACCEPTED, DECLINED

}
