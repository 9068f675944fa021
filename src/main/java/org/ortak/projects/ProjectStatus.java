package org.ortak.projects;

/** Where a project is: drafted, running, closed, or cancelled. */
public enum ProjectStatus {

	DRAFT, RUNNING, CLOSED, CANCELLED

}
