package org.ortak.events;

/** What took up a recommendation: an item of a plan, or a project. */
public enum AdoptedInto {

	PLAN_ITEM, PROJECT

}
