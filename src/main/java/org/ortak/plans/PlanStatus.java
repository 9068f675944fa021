package org.ortak.plans;

/** Where a plan stands: written, adopted by its document, or closed. */
public enum PlanStatus {

	DRAFT, ADOPTED, CLOSED

}
