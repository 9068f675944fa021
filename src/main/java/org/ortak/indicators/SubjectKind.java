package org.ortak.indicators;

/** What a target measures: an item of a plan, or a project. */
public enum SubjectKind {

	PLAN_ITEM, PROJECT

}
