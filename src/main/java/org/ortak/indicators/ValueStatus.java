package org.ortak.indicators;

/**
 * Where a value stands: submitted by its organization, approved by the subject's keepers
 * (then counted), returned for a change, or superseded by an approved correction (kept
 * for the record).
 */
public enum ValueStatus {

	SUBMITTED, APPROVED, RETURNED, SUPERSEDED

}
