package org.ortak.agreements;

/** What an agreement is. */
public enum AgreementKind {

	MOU, PARTNERSHIP, COOPERATION_PROTOCOL, GRANT_AGREEMENT

}
