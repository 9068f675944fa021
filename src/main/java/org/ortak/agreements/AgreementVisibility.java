package org.ortak.agreements;

/**
 * Who reads an agreement: anyone (its documents stay with its parties), or its keepers
 * and the managers of its parties alone.
 */
public enum AgreementVisibility {

	PUBLIC, PARTIES

}
